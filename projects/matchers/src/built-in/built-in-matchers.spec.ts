import { TestBed } from '@angular/core/testing';
import { PluginRegistry, provideHaloPlugins, ResolutionStore } from '@halo-outlook/sdk';
import {
  aMailSnapshot,
  provideRecordingHalo,
  RecordingHaloFacade,
} from '@halo-outlook/sdk/testing';
import {
  EXAMPLE_PUBLIC_EMAIL_DOMAINS,
  PUBLIC_EMAIL_DOMAINS,
} from '../client-by-domain/public-email-domains';
import { FIXED_TENANT } from '../testing/fixed-tenant';
import { withBuiltInMatchers } from './with-built-in-matchers';

describe('withBuiltInMatchers', () => {
  let halo: RecordingHaloFacade;

  beforeEach(() => {
    halo = new RecordingHaloFacade(FIXED_TENANT);
    TestBed.configureTestingModule({
      providers: [
        provideHaloPlugins(
          withBuiltInMatchers({
            internalDomains: ['msp.example'],
            publicDomains: [...PUBLIC_EMAIL_DOMAINS, ...EXAMPLE_PUBLIC_EMAIL_DOMAINS],
          }),
        ),
        provideRecordingHalo(halo),
      ],
    });
  });

  async function resolved(snapshot = aMailSnapshot()) {
    const store = TestBed.inject(ResolutionStore);
    store.resolve(snapshot);
    for (let i = 0; i < 30 && !store.ready(); i++) await new Promise((r) => setTimeout(r));
    return store;
  }

  it('registers every built-in matcher under its own id', () => {
    expect(TestBed.inject(PluginRegistry).matchers.map((m) => m.id)).toEqual([
      'halo.never-log',
      'halo.remembered-choice',
      'halo.contact-by-email',
      'halo.thread-by-message-id',
      'halo.thread-by-subject-tag',
      'halo.client-by-domain',
      'halo.open-tickets',
    ]);
  });

  it("resolves Alice's reply: contact, client, site, the thread and her client's open tickets", async () => {
    const store = await resolved(
      aMailSnapshot({
        subject: 'RE: [ID: 1001] Printer offline',
        references: ['<thread-001@contoso-dental.example>'],
      }),
    );
    const picture = store.picture();
    expect(store.status()).toBe('ready');
    expect(picture.contact?.label).toBe('Alice Carter');
    expect(picture.client?.label).toBe('Contoso Dental');
    expect(picture.site?.id).toBe(1);
    expect(picture.threadTickets.map((t) => t.id)).toEqual([1001]);
    expect(picture.threadTickets[0].reasons).toEqual(
      jasmine.arrayContaining([
        'This e-mail belongs to a conversation logged on ticket #1001.',
        'The subject carries the ticket tag of #1001.',
        'An open ticket raised by Alice Carter.',
      ]),
    );
    expect(picture.openTickets.map((t) => t.id)).toEqual([1002]);
  });

  it("counts every Halo call under the e-mail's scope, asking for open tickets once", async () => {
    // A tagged subject: the subject-tag matcher asks for the client's open tickets too.
    const store = await resolved(aMailSnapshot({ subject: 'RE: [ID: 1001] Printer offline' }));
    const scopes = new Set(halo.calls.map((c) => c.scope));
    expect([...scopes]).toEqual([store.scope()]);
    const asked = halo.callsTo('listTickets');
    expect(asked.length).withContext('matchers asking for open tickets').toBe(2);
    // Both ask alike, so the data layer sends Halo one request.
    expect(new Set(asked.map((c) => JSON.stringify(c.args))).size).toBe(1);
  });

  it("places Alice's tagged reply without reading the domain's sites or the tagged ticket", async () => {
    const store = await resolved(aMailSnapshot({ subject: 'RE: [ID: 1001] Printer offline' }));
    expect(store.picture().threadTickets.map((t) => t.id)).toEqual([1001]);
    expect(store.picture().site?.id).toBe(1);
    expect(halo.callsTo('getTicket')).toEqual([]);
    expect(halo.callsTo('sitesByClient')).toEqual([]);
    expect(halo.callsTo('sitesByEmailDomain')).toEqual([]);
    // What is asked twice is asked alike, so the data layer sends it once (shared in flight or
    // cached): the contact, the domain's contacts and the client's open tickets; and whether this
    // e-mail is on a ticket already.
    const distinct = new Set(halo.calls.map((c) => JSON.stringify([c.method, c.args])));
    expect([...distinct].map((c) => JSON.parse(c)[0]).sort()).toEqual([
      'actionsByMessageId',
      'listTickets',
      'usersByEmail',
      'usersByEmailDomain',
    ]);
  });

  it('offers the Northwind clients to choose from for an unknown Northwind sender', async () => {
    const store = await resolved(aMailSnapshot({ from: 'new@northwind.example' }));
    expect(store.picture().client).toBeNull();
    expect(
      store
        .picture()
        .clientChoice.map((c) => c.label)
        .sort(),
    ).toEqual(['Northwind Legal', 'Northwind Logistics']);
    expect(store.picture().openTickets).toEqual([]);
  });

  it("resolves a public-domain sender's contact without inferring a client from the domain", async () => {
    const store = await resolved(aMailSnapshot({ from: 'pat.jones@gmail.example' }));
    expect(store.picture().client?.sources).toEqual(['halo.contact-by-email']);
    expect(halo.callsTo('usersByEmailDomain')).toEqual([]);
  });

  it('marks internal e-mail as never to be logged', async () => {
    const store = await resolved(aMailSnapshot({ from: 'alex.morgan@msp.example' }));
    expect(store.picture().neverLog).toBeTrue();
  });
});
