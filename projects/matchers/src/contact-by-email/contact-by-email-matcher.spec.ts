import {
  aHaloUser,
  aMailSnapshot,
  describeMatcherContract,
  RecordingHaloFacade,
  runMatcher,
} from '@halo-outlook/sdk/testing';
import { FIXED_TENANT } from '../testing/fixed-tenant';
import { contactByEmailMatcher } from './contact-by-email-matcher';

describeMatcherContract('contactByEmailMatcher', () => contactByEmailMatcher(), [
  {
    name: 'a known contact',
    snapshot: aMailSnapshot({ from: 'alice.carter@contoso-dental.example' }),
    halo: FIXED_TENANT,
    proposes: ['contact', 'client', 'site'],
  },
]);

describe('contactByEmailMatcher', () => {
  const run = (from: string, halo = new RecordingHaloFacade(FIXED_TENANT)) =>
    runMatcher(contactByEmailMatcher(), aMailSnapshot({ from }), { halo });

  it('finds the contact by exact address, ignoring case, with their client and site', async () => {
    const candidates = await run('Alice.Carter@Contoso-Dental.example');
    expect(candidates.map((c) => [c.kind, c.id])).toEqual([
      ['contact', 1],
      ['client', 1],
      ['site', 1],
    ]);
    expect(candidates[0].label).toBe('Alice Carter');
    expect(candidates[1].reason).toBe('Alice Carter is a contact of Contoso Dental.');
  });

  it('finds a plus-addressed sender by the address without the tag, less surely', async () => {
    const [contact] = await run('alice.carter+billing@contoso-dental.example');
    expect(contact.id).toBe(1);
    expect(contact.confidence).toBeLessThan(0.95);
    expect(contact.reason).toContain('plus tag');
  });

  it('prefers a contact registered with the plus address itself', async () => {
    const halo = new RecordingHaloFacade({
      users: [
        ...(FIXED_TENANT.users ?? []),
        aHaloUser({
          id: 77,
          name: 'Alice (billing)',
          email: 'alice.carter+billing@contoso-dental.example',
        }),
      ],
    });
    const candidates = await run('alice.carter+billing@contoso-dental.example', halo);
    expect(candidates.map((c) => c.id)).toEqual([77]);
    expect(candidates[0].confidence).toBe(0.95);
  });

  it('looks both addresses up at once, so a plus tag costs no extra round trip', async () => {
    const halo = new RecordingHaloFacade(FIXED_TENANT).neverAnswer();
    void run('alice.carter+x@contoso-dental.example', halo).catch(() => undefined);
    await Promise.resolve();
    expect(halo.callsTo('usersByEmail').map((c) => c.args[0])).toEqual([
      'alice.carter+x@contoso-dental.example',
      'alice.carter@contoso-dental.example',
    ]);
  });

  it('proposes an inactive contact less surely, saying so', async () => {
    const halo = new RecordingHaloFacade({
      users: [
        aHaloUser({ id: 3, name: 'Carol', email: 'carol@contoso-dental.example', inactive: true }),
      ],
    });
    const [contact] = await run('carol@contoso-dental.example', halo);
    expect(contact.confidence).toBeLessThan(0.9);
    expect(contact.reason).toContain('inactive');
  });
});
