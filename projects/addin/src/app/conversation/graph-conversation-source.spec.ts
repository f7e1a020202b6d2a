import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AppError, type MailSnapshot } from '@halo-outlook/core';
import type {
  EntraServices,
  EntraState,
  GraphCallOptions,
  GraphMessageSummary,
  ScopeConsent,
} from '@halo-outlook/entra';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import { EntraAvailability } from '../entra/entra-availability';
import { EntraLoader } from '../entra/entra-loader';
import { GraphConversationSource } from './graph-conversation-source';

/** A Microsoft session whose state the spec sets. */
class TestSession {
  readonly state = signal<EntraState>({ status: 'signed-out' });
  readonly consent = signal<Readonly<Record<string, ScopeConsent>>>({});

  signedIn(): void {
    this.state.set({
      status: 'signed-in',
      account: {
        username: 'alex.morgan@msp.example',
        name: 'Alex Morgan',
        tenantId: '3f6c2a8e-1d4b-4c7a-9e25-6b0d8f1a7c43',
        homeAccountId: 'oid.3f6c2a8e-1d4b-4c7a-9e25-6b0d8f1a7c43',
      },
    });
  }
}

/** Graph answering one conversation, recording its calls. */
class ConversationGraph {
  readonly calls: string[] = [];
  readonly thread: readonly GraphMessageSummary[] = [
    {
      id: 'AAMk-1',
      internetMessageId: '<x-1@contoso-dental.example>',
      subject: 'X-ray share unreachable',
      from: { name: 'Alice Carter', address: 'alice.carter@contoso-dental.example' },
      receivedDateTime: '2026-11-18T08:00:00Z',
      hasAttachments: false,
    },
    {
      id: 'AAMk-2',
      internetMessageId: null,
      subject: 'RE: X-ray share unreachable',
      from: null,
      receivedDateTime: '2026-11-18T09:00:00Z',
      hasAttachments: true,
    },
  ];

  async conversationMessages(id: string, options?: GraphCallOptions) {
    this.calls.push(`conversation ${id}${options?.signal ? ' with signal' : ''}`);
    return this.thread;
  }

  async messageMime(id: string, options?: GraphCallOptions) {
    this.calls.push(`mime ${id}${options?.interactive === false ? ' silent' : ''}`);
    return new Uint8Array([70, 114, 111, 109]);
  }
}

function setUp(withEntra = true) {
  const session = new TestSession();
  const graph = new ConversationGraph();
  const services = signal<EntraServices | null>(
    withEntra ? ({ session, graph } as unknown as EntraServices) : null,
  );
  TestBed.configureTestingModule({
    providers: [{ provide: EntraLoader, useValue: { load: async () => services() } }],
  });
  TestBed.inject(EntraAvailability).services.set(services());
  return { source: TestBed.inject(GraphConversationSource), session, graph };
}

const email: MailSnapshot = aMailSnapshot({ conversationId: 'AAQk-xray' });
const signal$ = () => new AbortController().signal;

describe('GraphConversationSource', () => {
  it('is available only once signed in with Microsoft and while Mail.Read is not refused', () => {
    const { source, session } = setUp();
    expect(source.available()).toBeFalse();
    session.signedIn();
    expect(source.available()).toBeTrue();
    session.consent.set({ 'Mail.Read': 'not-granted' });
    expect(source.available()).toBeFalse();
  });

  it('is never available without an Entra app', () => {
    expect(setUp(false).source.available()).toBeFalse();
  });

  it('lists the conversation as the pane describes messages', async () => {
    const { source, session, graph } = setUp();
    session.signedIn();
    const messages = await source.messages(email, signal$());
    expect(graph.calls).toEqual(['conversation AAQk-xray with signal']);
    expect(messages).toEqual([
      {
        id: 'AAMk-1',
        internetMessageId: '<x-1@contoso-dental.example>',
        subject: 'X-ray share unreachable',
        from: { name: 'Alice Carter', address: 'alice.carter@contoso-dental.example' },
        receivedAt: '2026-11-18T08:00:00Z',
        hasAttachments: false,
      },
      {
        id: 'AAMk-2',
        internetMessageId: null,
        subject: 'RE: X-ray share unreachable',
        from: { name: '', address: '' },
        receivedAt: '2026-11-18T09:00:00Z',
        hasAttachments: true,
      },
    ]);
  });

  it('reads a message’s .eml without ever opening a window', async () => {
    const { source, session, graph } = setUp();
    session.signedIn();
    expect(await source.original('AAMk-2', signal$())).toEqual(new Uint8Array([70, 114, 111, 109]));
    expect(graph.calls).toEqual(['mime AAMk-2 silent']);
  });

  it('asks the agent to sign in with Microsoft when signed out', async () => {
    const { source } = setUp();
    const error = await source.messages(email, signal$()).catch((e: unknown) => e);
    expect(error).toEqual(jasmine.any(AppError));
    expect((error as AppError).kind).toBe('forbidden');
    expect((error as AppError).action).toContain('Sign in with Microsoft in Settings');
  });

  it('says so when Outlook gives no conversation', async () => {
    const { source, session } = setUp();
    session.signedIn();
    const error = await source
      .messages(aMailSnapshot({ conversationId: null }), signal$())
      .catch((e: unknown) => e);
    expect((error as AppError).message).toBe('Outlook gives no conversation for this email.');
  });
});
