import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { type MailboxCapabilities, type MailSnapshot } from '@halo-outlook/core';
import { NO_MAILBOX_CAPABILITIES, freezeSnapshot } from '@halo-outlook/core/mailbox';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { MailContentSource } from '@halo-outlook/sdk';
import { FakeSignIn, FakeTenantConfig, provideFakeCore } from '../testing/pane-test-setup.spec';
import { ENTRA_LIBRARY } from './entra-library';
import { provideOriginalMessageFromGraph } from './original-message-fallback';
import {
  ENTRA_SETTINGS,
  FakeEntraSession,
  FakeGraph,
  fakeLibrary,
  fakeServices,
} from './testing/fake-entra.spec';

const SNAPSHOT: MailSnapshot = freezeSnapshot({
  itemId: 'AAMk+item/1=',
  internetMessageId: '<m1@contoso.example>',
  conversationId: 'conv-1',
  inReplyTo: null,
  references: [],
  subject: 'Printer offline',
  from: { name: 'Alice', address: 'alice@contoso.example' },
  sender: null,
  to: [],
  cc: [],
  receivedAt: '2026-11-20T09:00:00Z',
  attachments: [],
});
const EML = 'From: alice@contoso.example\r\nSubject: Printer offline\r\n\r\nHi';

describe('the original message from Microsoft Graph', () => {
  let tenant: FakeTenantConfig;
  let session: FakeEntraSession;
  let graph: FakeGraph;
  let fromOutlook: string[];

  function setUp(capabilities: Partial<MailboxCapabilities>) {
    tenant = new FakeTenantConfig();
    session = new FakeEntraSession();
    graph = new FakeGraph();
    graph.mime.set('AAMk_item-1=', new TextEncoder().encode(EML));
    fromOutlook = [];
    const mailbox = {
      item: signal(SNAPSHOT),
      capabilities: { ...NO_MAILBOX_CAPABILITIES, mailbox: true, ...capabilities },
      getMessageFile: async () => {
        fromOutlook.push('getAsFileAsync');
        return btoa('from Outlook');
      },
      restItemId: (id: string) => id.replace(/\//g, '-').replace(/\+/g, '_'),
    };
    TestBed.configureTestingModule({
      providers: [
        provideFakeCore(new FakeSignIn(), tenant),
        { provide: MailboxPort, useValue: mailbox },
        {
          provide: ENTRA_LIBRARY,
          useValue: fakeLibrary(async () => fakeServices(session, graph).services).library,
        },
        provideOriginalMessageFromGraph(),
      ],
    });
    return TestBed.inject(MailContentSource).for(SNAPSHOT);
  }

  it('still comes from Outlook where it can export the message (Mailbox 1.14)', async () => {
    const mail = setUp({ messageFile: true });
    tenant.entraSignal.set(ENTRA_SETTINGS);
    session.signedIn();
    expect(await mail.original()).toBe(btoa('from Outlook'));
    expect(graph.calls).toEqual([]);
  });

  it('comes from Graph’s $value, by REST id and without a pop-up, on an older Outlook', async () => {
    const mail = setUp({ messageFile: false });
    tenant.entraSignal.set(ENTRA_SETTINGS);
    session.signedIn();
    expect(atob(await mail.original())).toBe(EML);
    expect(graph.calls).toEqual(['messageMime AAMk_item-1= silent']);
    expect(fromOutlook).toEqual([]);
  });

  it('says this Outlook cannot give it when the organisation has no Entra app', async () => {
    const mail = setUp({ messageFile: false });
    await expectAsync(mail.original()).toBeRejectedWith(
      jasmine.objectContaining({
        kind: 'office',
        message:
          'This version of Outlook cannot give the original message of the email to the add-in.',
        action: 'Update Outlook, or use Outlook on the web.',
      }),
    );
    expect(graph.calls).toEqual([]);
  });

  it('says to sign in with Microsoft when the organisation has an Entra app', async () => {
    const mail = setUp({ messageFile: false });
    tenant.entraSignal.set(ENTRA_SETTINGS);
    await expectAsync(mail.original()).toBeRejectedWith(
      jasmine.objectContaining({
        kind: 'office',
        action:
          'Sign in with Microsoft in Settings: the add-in then gets the original message through Microsoft Graph.',
      }),
    );
    expect(graph.calls).toEqual([]);
  });

  it('passes on Graph’s own failure, worded for the agent', async () => {
    const mail = setUp({ messageFile: false });
    tenant.entraSignal.set(ENTRA_SETTINGS);
    session.signedIn();
    graph.mime.clear();
    await expectAsync(mail.original()).toBeRejectedWithError(/no message AAMk_item-1=/);
  });
});
