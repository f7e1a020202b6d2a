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

  describe('requests', () => {
    const runWith = async (from: string) => {
      const halo = new RecordingHaloFacade(FIXED_TENANT);
      const candidates = await runMatcher(devMatcher(), aMailSnapshot({ from }), { halo });
      return { halo, candidates };
    };
    const siteCalls = (halo: RecordingHaloFacade) => [
      ...halo.callsTo('sitesByClient'),
      ...halo.callsTo('sitesByEmailDomain'),
    ];

    it("does not read the domain's sites when the sender's contact decides the client", async () => {
      const { halo, candidates } = await runWith('alice.carter@contoso-dental.example');
      expect(siteCalls(halo)).toEqual([]);
      // The contact lookup is the contact matcher's own: the data layer asks Halo once for both.
      expect(halo.callsTo('usersByEmail').map((c) => c.args)).toEqual([
        ['alice.carter@contoso-dental.example'],
      ]);
      expect(candidates).toEqual([
        jasmine.objectContaining({ kind: 'client', id: 1, confidence: 0.6 }),
      ]);
    });

    it("skips the sites too for a known sender at a shared domain: the contact's client is among its clients", async () => {
      const { halo, candidates } = await runWith('nora.fields@northwind.example');
      expect(siteCalls(halo)).toEqual([]);
      expect(candidates.map((c) => c.id).sort()).toEqual([2, 3]);
    });

    it("reads the domain's sites once, after its contacts, for an unknown sender", async () => {
      const { halo } = await runWith('someone@northwind.example');
      expect(halo.callsTo('sitesByClient')).toEqual([]);
      expect(halo.callsTo('sitesByEmailDomain').map((c) => c.args)).toEqual([
        ['northwind.example'],
      ]);
      const first = halo.calls.findIndex((c) => c.method === 'sitesByEmailDomain');
      expect(halo.calls.slice(0, first).map((c) => c.method)).toContain('usersByEmailDomain');
    });

    it('reads the sites when the sender is only an inactive contact', async () => {
      const halo = new RecordingHaloFacade({
        ...FIXED_TENANT,
        users: FIXED_TENANT.users?.map((u) => (u.id === 1 ? { ...u, inactive: true } : u)),
      });
      const picture = derivePicture(
        mergeCandidates([
          {
            source: 'halo.client-by-domain',
            candidates: await runMatcher(
              devMatcher(),
              aMailSnapshot({ from: 'alice.carter@contoso-dental.example' }),
              { halo },
            ),
          },
        ]),
      );
      expect(halo.callsTo('sitesByEmailDomain').map((c) => c.args)).toEqual([
        ['contoso-dental.example'],
      ]);
      expect(picture.site?.id).toBe(1);
    });
  });
});
