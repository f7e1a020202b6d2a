import { createLogJournal, type LogJournal } from '@halo-outlook/sdk';
import {
  aLogActionContext,
  describeLogActionContract,
  RecordingHaloFacade,
} from '@halo-outlook/sdk/testing';
import { DEFAULT_ATTACHMENT_LIMITS } from '../attachments/attachment-limits';
import { contosoHalo, ticketCandidate } from '../testing/log-fixtures.spec';
import type { ConversationInput } from './conversation-input';
import { FakeConversationSource, openEmail, threadMessages } from './conversation-fixtures.spec';
import { logConversationAction } from './log-conversation-action';
import { runConversation } from './run-conversation';

const input: ConversationInput = {
  ticketId: 1042,
  outcomeId: 21,
  outcomeName: 'Logged from Outlook',
  privateNote: true,
  minutes: 20,
  newStatusId: null,
  trimQuotedHistory: true,
  remoteImages: false,
  attachments: true,
  includeOriginal: false,
  messages: threadMessages.map((m) => ({
    id: m.id,
    internetMessageId: m.internetMessageId,
    subject: m.subject,
  })),
};

interface ActionArgs {
  readonly ticketId: number;
  readonly noteHtml: string;
  readonly email: { readonly internetMessageId: string };
  readonly timeTakenHours: number;
}

function contextFor(halo: RecordingHaloFacade, journal: LogJournal = createLogJournal()) {
  return aLogActionContext(openEmail, {
    halo,
    journal,
    picture: { threadTickets: [ticketCandidate(1042, 'VPN drops')] },
  });
}

const actions = (halo: RecordingHaloFacade) =>
  halo.callsTo('createAction').map((call) => call.args[0] as ActionArgs);

describe('runConversation', () => {
  let source: FakeConversationSource;
  beforeEach(() => (source = new FakeConversationSource()));

  const run = (context: ReturnType<typeof contextFor>, i: ConversationInput = input) =>
    runConversation(context, i, source, DEFAULT_ATTACHMENT_LIMITS);

  it('adds each chosen message to the ticket once, oldest first, as append would', async () => {
    const halo = new RecordingHaloFacade(contosoHalo());
    const outcome = await run(contextFor(halo));

    expect(outcome).toEqual(
      jasmine.objectContaining({
        status: 'done',
        ticketId: 1042,
        message: '3 messages added to ticket #1042, oldest first.',
      }),
    );
    const added = actions(halo);
    expect(added.map((a) => a.email.internetMessageId)).toEqual([
      '<vpn-1@contoso-dental.example>',
      '<vpn-2@msp.example>',
      '<vpn-3@contoso-dental.example>',
    ]);
    expect(added.every((a) => a.ticketId === 1042)).toBeTrue();
    expect(added[0].noteHtml).toContain('&lt;since Friday&gt;');
    expect(added[1].noteHtml).toContain('Could you send the client log?');
    expect(added[1].noteHtml).not.toContain('<script');
    expect(added[2].noteHtml).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    // The time taken goes once, with the last message.
    expect(added.map((a) => a.timeTakenHours)).toEqual([0, 0, 0.3333]);
    const files = halo
      .callsTo('uploadAttachment')
      .map((c) => (c.args[0] as { filename: string }).filename);
    expect(files).toEqual(['vpn-client.log']);
    expect(source.reads).toEqual(['m-1', 'm-2', 'm-3']);
  });

  it('asks Halo once per message whether it is on the ticket already', async () => {
    const halo = new RecordingHaloFacade(contosoHalo());
    await run(contextFor(halo));
    expect(halo.callsTo('actionsByMessageId').map((c) => c.args[0])).toEqual([
      '<vpn-1@contoso-dental.example>',
      '<vpn-2@msp.example>',
      '<vpn-3@contoso-dental.example>',
    ]);
  });

  it('adds nothing when the conversation is run again', async () => {
    const halo = new RecordingHaloFacade(contosoHalo());
    await run(contextFor(halo));
    const again = await run(contextFor(halo));

    expect(actions(halo).length).toBe(3);
    // Each message was found on the ticket by its Message-ID: none was downloaded again.
    expect(source.reads).toEqual(['m-1', 'm-2', 'm-3']);
    expect(again).toEqual(
      jasmine.objectContaining({
        status: 'done',
        alreadyLogged: true,
        message: 'Every chosen message is already on ticket #1042: nothing was added.',
      }),
    );
  });

  it('adds only the messages not yet on the ticket, and says how many were there', async () => {
    const halo = new RecordingHaloFacade(contosoHalo());
    await run(contextFor(halo), { ...input, messages: input.messages.slice(0, 1) });
    const outcome = await run(contextFor(halo));

    expect(actions(halo).length).toBe(3);
    expect(outcome).toEqual(
      jasmine.objectContaining({
        message: '2 messages added to ticket #1042, oldest first; 1 were already there.',
      }),
    );
  });

  it('stops at a message it cannot read, and the retry continues from there', async () => {
    const halo = new RecordingHaloFacade(contosoHalo());
    const journal = createLogJournal();
    source.failing = { id: 'm-2' };
    const failed = await run(contextFor(halo, journal));

    expect(failed).toEqual(
      jasmine.objectContaining({ status: 'failed', kind: 'offline', retryable: true }),
    );
    expect(failed.status === 'failed' && failed.parts?.map((p) => [p.id, p.status])).toEqual([
      ['m-1', 'saved'],
      ['m-2', 'failed'],
      ['m-3', 'pending'],
    ]);
    expect(actions(halo).length).toBe(1);

    source.failing = {};
    source.reads.length = 0;
    const retried = await run(contextFor(halo, journal));
    expect(retried.status).toBe('done');
    expect(source.reads).toEqual(['m-2', 'm-3']);
    expect(actions(halo).map((a) => a.email.internetMessageId)).toEqual([
      '<vpn-1@contoso-dental.example>',
      '<vpn-2@msp.example>',
      '<vpn-3@contoso-dental.example>',
    ]);
  });

  it('refuses a request with no message or no ticket', async () => {
    const halo = new RecordingHaloFacade(contosoHalo());
    expect(await run(contextFor(halo), { ...input, messages: [] })).toEqual(
      jasmine.objectContaining({ status: 'failed', kind: 'invalid-input', retryable: false }),
    );
    expect(await run(contextFor(halo), { ...input, ticketId: 0 })).toEqual(
      jasmine.objectContaining({ status: 'failed', kind: 'invalid-input' }),
    );
    expect(halo.callsTo('createAction').length).toBe(0);
  });

  it('writes nothing once cancelled', async () => {
    const halo = new RecordingHaloFacade(contosoHalo());
    const abort = new AbortController();
    abort.abort();
    const context = aLogActionContext(openEmail, { halo, signal: abort.signal });
    expect(await run(context)).toEqual({ status: 'cancelled' });
    expect(source.reads).toEqual([]);
  });
});

describe('logConversationAction', () => {
  it('is offered for a conversation while the source is available', () => {
    const source = new FakeConversationSource();
    const action = logConversationAction(source);
    const context = aLogActionContext(openEmail);
    expect(action.isAvailable(context)).toBeTrue();
    source.available.set(false);
    expect(action.isAvailable(context)).toBeFalse();
    source.available.set(true);
    expect(
      action.isAvailable(aLogActionContext({ ...openEmail, conversationId: null })),
    ).toBeFalse();
  });

  describeLogActionContract(
    'logConversationAction',
    () => logConversationAction(new FakeConversationSource()),
    [{ name: 'a three-message thread', snapshot: openEmail, halo: contosoHalo(), input }],
  );
});
