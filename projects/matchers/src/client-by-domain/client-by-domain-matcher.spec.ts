import { derivePicture, mergeCandidates } from '@halo-outlook/sdk';
import {
  aMailSnapshot,
  describeMatcherContract,
  RecordingHaloFacade,
  runMatcher,
} from '@halo-outlook/sdk/testing';
import { FIXED_TENANT } from '../testing/fixed-tenant';
import { clientByDomainMatcher } from './client-by-domain-matcher';
import { EXAMPLE_PUBLIC_EMAIL_DOMAINS, PUBLIC_EMAIL_DOMAINS } from './public-email-domains';

const devMatcher = () =>
  clientByDomainMatcher({
    publicDomains: [...PUBLIC_EMAIL_DOMAINS, ...EXAMPLE_PUBLIC_EMAIL_DOMAINS],
  });

describeMatcherContract('clientByDomainMatcher', devMatcher, [
  {
    name: 'a new sender at a client domain',
    snapshot: aMailSnapshot({ from: 'new.person@contoso-dental.example' }),
    halo: FIXED_TENANT,
    proposes: ['client', 'site'],
  },
  {
    name: 'a sender at a shared domain',
    snapshot: aMailSnapshot({ from: 'someone@northwind.example' }),
    halo: FIXED_TENANT,
    proposes: ['client'],
  },
]);

describe('clientByDomainMatcher', () => {
  const run = (from: string) =>
    runMatcher(devMatcher(), aMailSnapshot({ from }), {
      halo: new RecordingHaloFacade(FIXED_TENANT),
    });
  const pictureOf = async (from: string) =>
    derivePicture(
      mergeCandidates([{ source: 'halo.client-by-domain', candidates: await run(from) }]),
    );

  it("proposes the client whose site names the sender's domain", async () => {
    const picture = await pictureOf('new.person@contoso-dental.example');
    expect(picture.client?.id).toBe(1);
    expect(picture.client?.reason).toContain(
      'contoso-dental.example is the e-mail domain of Contoso Main',
    );
    expect(picture.site?.id).toBe(1);
  });

  it('offers every client of a shared domain to choose from, never a silent first hit', async () => {
    const picture = await pictureOf('someone@northwind.example');
    expect(picture.client).toBeNull();
    expect(picture.clientChoice.map((c) => c.id).sort()).toEqual([2, 3]);
    expect(picture.clientChoice[0].reason).toContain('2 clients share northwind.example');
  });

  it('never infers a client from a public domain', async () => {
    expect(await run('pat.jones@gmail.example')).toEqual([]);
    expect(
      clientByDomainMatcher().appliesTo?.(aMailSnapshot({ from: 'someone@GMAIL.com' })),
    ).toBeFalse();
  });

  it('keeps the development domains out of the production default list', () => {
    expect(PUBLIC_EMAIL_DOMAINS).not.toContain('gmail.example');
    expect(
      clientByDomainMatcher().appliesTo?.(aMailSnapshot({ from: 'x@gmail.example' })),
    ).toBeTrue();
  });

  it('infers a client from its contacts when no site names the domain', async () => {
    const halo = new RecordingHaloFacade({ users: FIXED_TENANT.users });
    const [client] = await runMatcher(
      devMatcher(),
      aMailSnapshot({ from: 'x@contoso-dental.example' }),
      { halo },
    );
    expect(client).toEqual(jasmine.objectContaining({ kind: 'client', id: 1, confidence: 0.6 }));
    expect(client.reason).toBe('2 contacts at contoso-dental.example belong to Contoso Dental.');
  });
});
