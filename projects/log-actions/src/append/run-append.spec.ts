import { AppError, type LogOutcome, sameMessageId } from '@halo-outlook/sdk';
import {
  aLogActionContext,
  describeLogActionContract,
  RecordingHaloFacade,
  type TestLogActionContext,
} from '@halo-outlook/sdk/testing';
import { DEFAULT_ATTACHMENT_LIMITS } from '../attachments/attachment-limits';
import {
  contosoHalo,
  dropped,
  loggedAction,
  offline,
  reply,
  replyContent,
  ticketCandidate,
} from '../testing/log-fixtures.spec';
import type { AppendInput } from './append-input';
import { appendToTicketAction } from './append-to-ticket-action';
import { runAppend } from './run-append';

const input: AppendInput = {
  ticketId: 1042,
  outcomeId: 21,
  outcomeName: 'Logged from Outlook',
  privateNote: true,
  minutes: 15,
  newStatusId: null,
  attachmentIds: ['att-pdf', 'att-png'],
  includeOriginal: true,
  trimQuotedHistory: true,
  remoteImages: false,
};

function context(halo: RecordingHaloFacade, journal = {}): TestLogActionContext {
  return aLogActionContext(reply, {
    halo,
    mail: replyContent,
    journal,
    picture: { threadTickets: [ticketCandidate(1042, 'Printer offline in reception')] },
  });
}

const run = (c: TestLogActionContext, i: AppendInput = input, limits = DEFAULT_ATTACHMENT_LIMITS) =>
  runAppend(c, i, limits);
const actionsOf = (halo: RecordingHaloFacade) =>
  halo
    .allActions()
    .filter((a) => sameMessageId(a.internetMessageId, reply.internetMessageId ?? ''));

describe('runAppend', () => {
  it('adds the safe body with its inline image, then each file to that action', async () => {
    const halo = new RecordingHaloFacade(contosoHalo());
    const c = context(halo);
    const outcome = await run(c);
    const [action] = halo
      .callsTo('createAction')
      .map((call) => call.args[0] as { noteHtml: string });
    expect(action.noteHtml).toContain(
      '<b>From:</b> Alice Carter &lt;alice.carter@contoso-dental.example&gt;',
    );
    expect(action.noteHtml).toContain('<b>Date:</b> Fri, 20 Nov 2026 09:15:00 GMT');
    expect(action.noteHtml).toContain('It is offline again.');
    expect(action.noteHtml).toContain('<img src="data:image/png;base64,iVBORw1=" alt="logo">');
    expect(action.noteHtml).not.toContain('script');
    expect(action.noteHtml).not.toContain('Earlier text');
    const uploads = halo
      .callsTo('uploadAttachment')
      .map((call) => [
        (call.args[0] as { filename: string; contentType: string }).filename,
        (call.args[0] as { contentType: string }).contentType,
        call.args[1],
      ]);
    const target = { ticketId: 1042, actionId: 1 };
    expect(uploads).toEqual([
      ['error-log.pdf', 'application/pdf', target],
      ['screen.png', 'image/png', target],
      ['RE Printer offline in reception [ID 1042].eml', 'message/rfc822', target],
    ]);
    expect(outcome).toEqual({
      status: 'done',
      ticketId: 1042,
      actionId: 1,
      created: false,
      message: 'Logged to #1042.',
      parts: [
        { id: 'att-pdf', label: 'error-log.pdf', status: 'saved' },
        { id: 'att-png', label: 'screen.png', status: 'saved' },
        { id: 'original', label: 'RE Printer offline in reception [ID 1042].eml', status: 'saved' },
      ],
    });
    expect(c.reported.at(0)?.map((p) => p.status)).toEqual(['pending', 'pending', 'pending']);
    expect(c.reported.some((parts) => parts[1].status === 'sending')).toBeTrue();
  });

  it('adds nothing when the e-mail is already on that ticket', async () => {
    const halo = new RecordingHaloFacade(
      contosoHalo({ actions: [loggedAction(1042, '<reply-7@contoso-dental.example>')] }),
    );
    const outcome = await run(context(halo));
    expect(outcome).toEqual({
      status: 'done',
      ticketId: 1042,
      actionId: 500,
      alreadyLogged: true,
      message: 'This email is already on ticket #1042: nothing was added.',
    });
    expect(halo.callsTo('createAction')).toEqual([]);
    expect(halo.callsTo('uploadAttachment')).toEqual([]);
  });

  it("takes the caller's lookup of this e-mail on the ticket instead of asking Halo again", async () => {
    const halo = new RecordingHaloFacade(contosoHalo());
    const messageId = reply.internetMessageId ?? '';
    const none = { messageId, ticketId: 1042, action: null };
    expect(
      (await runAppend(context(halo), input, DEFAULT_ATTACHMENT_LIMITS, { earlier: none })).status,
    ).toBe('done');
    expect(halo.callsTo('actionsByMessageId')).toEqual([]);
    expect(actionsOf(halo).length).toBe(1);

    const found = { ...none, action: loggedAction(1042, messageId) };
    expect(
      await runAppend(context(halo), input, DEFAULT_ATTACHMENT_LIMITS, { earlier: found }),
    ).toEqual(jasmine.objectContaining({ status: 'done', alreadyLogged: true, actionId: 500 }));
    expect(actionsOf(halo).length).toBe(1);
  });

  it('asks Halo itself when the lookup it was given is of another e-mail or ticket', async () => {
    const halo = new RecordingHaloFacade(
      contosoHalo({ actions: [loggedAction(1042, reply.internetMessageId ?? '')] }),
    );
    for (const earlier of [
      { messageId: '<other@contoso-dental.example>', ticketId: 1042, action: null },
      { messageId: reply.internetMessageId ?? '', ticketId: 1099, action: null },
    ]) {
      expect(await runAppend(context(halo), input, DEFAULT_ATTACHMENT_LIMITS, { earlier })).toEqual(
        jasmine.objectContaining({ status: 'done', alreadyLogged: true }),
      );
    }
    expect(halo.callsTo('actionsByMessageId').length).toBe(2);
    expect(halo.callsTo('createAction')).toEqual([]);
  });

  it('settles a lost answer by looking the e-mail up, so the action is posted once', async () => {
    const halo = new RecordingHaloFacade(contosoHalo()).failNext('createAction', dropped, {
      afterSaving: true,
    });
    const outcome = await run(context(halo));
    expect(outcome.status).toBe('done');
    expect(halo.callsTo('createAction').length).toBe(1);
    expect(actionsOf(halo).length).toBe(1);
    expect(halo.callsTo('uploadAttachment').length).toBe(3);
  });

  it('when the lost answer cannot be settled yet, the retry looks first and never posts twice', async () => {
    const halo = new RecordingHaloFacade(contosoHalo())
      .failNext('createAction', dropped, { afterSaving: true })
      .failNext('actionsByMessageId', offline, { after: 1 }); // the check before passes, the settle fails
    const first = context(halo);
    const failed = await run(first);
    expect(failed).toEqual(jasmine.objectContaining({ status: 'failed', kind: 'cors' }));
    expect(halo.callsTo('createAction').length).toBe(1);
    expect(first.journal.get<boolean>('actionSent')).toBeTrue();

    const retried = await run(context(halo, first.journal.entries()));
    expect(retried.status).toBe('done');
    expect(halo.callsTo('createAction').length).toBe(1);
    expect(actionsOf(halo).length).toBe(1);
  });

  it('after Halo refused the action outright, the retry posts it (nothing was written)', async () => {
    const halo = new RecordingHaloFacade(contosoHalo()).failNext(
      'createAction',
      new AppError({
        kind: 'invalid-input',
        message: 'Outcome 21 does not exist',
        action: 'Pick another.',
      }),
    );
    const first = context(halo);
    expect(await run(first)).toEqual(
      jasmine.objectContaining({ status: 'failed', kind: 'invalid-input', retryable: false }),
    );
    expect(await run(context(halo, first.journal.entries()))).toEqual(
      jasmine.objectContaining({ status: 'done' }),
    );
    expect(actionsOf(halo).length).toBe(1);
  });

  it('reports a file Halo refused on its own, and a retry sends only that file', async () => {
    const halo = new RecordingHaloFacade(contosoHalo()).refuseAttachments('screen.png');
    const first = context(halo);
    const partial = await run(first);
    expect(partial).toEqual(
      jasmine.objectContaining({
        status: 'partial',
        ticketId: 1042,
        message:
          'Logged to #1042, but 1 file(s) did not reach Halo. Retry them, or attach them in Halo.',
      }),
    );
    expect((partial as Extract<LogOutcome, { status: 'partial' }>).parts[1]).toEqual({
      id: 'att-png',
      label: 'screen.png',
      status: 'failed',
      message:
        'Halo did not store it and said “Unable to save attachment screen.png”. Retry it; if it keeps failing, attach it in Halo.',
    });
    halo.answerNormally();
    const retried = await run(context(halo, first.journal.entries()));
    expect(retried.status).toBe('done');
    expect(halo.callsTo('createAction').length).toBe(1);
    expect(
      halo.callsTo('uploadAttachment').map((c) => (c.args[0] as { filename: string }).filename),
    ).toEqual([
      'error-log.pdf',
      'screen.png',
      'RE Printer offline in reception [ID 1042].eml',
      'screen.png',
    ]);
  });

  it('stops sending files when Halo becomes unreachable, and keeps the rest for later', async () => {
    const halo = new RecordingHaloFacade(contosoHalo());
    halo.failNext(
      'uploadAttachment',
      new AppError({ kind: 'rate-limited', message: 'Busy.', action: 'Wait.' }),
    );
    const c = context(halo, { actionId: 1, actionSent: true });
    const stopped = await run(c);
    expect(stopped).toEqual(
      jasmine.objectContaining({
        status: 'failed',
        kind: 'rate-limited',
        parts: [
          { id: 'att-pdf', label: 'error-log.pdf', status: 'pending' },
          { id: 'att-png', label: 'screen.png', status: 'pending' },
          {
            id: 'original',
            label: 'RE Printer offline in reception [ID 1042].eml',
            status: 'pending',
          },
        ],
      }),
    );
    const later = await run(context(halo, c.journal.entries()));
    expect(later.status).toBe('done');
  });

  it('checks sizes before sending: a file over the limit is skipped with what to do', async () => {
    const halo = new RecordingHaloFacade(contosoHalo());
    const outcome = await run(context(halo), input, { maxFileBytes: 5, maxTotalBytes: 100 });
    const parts = (outcome as Extract<LogOutcome, { status: 'done' }>).parts ?? [];
    expect(parts.find((p) => p.id === 'original')).toEqual({
      id: 'original',
      label: 'RE Printer offline in reception [ID 1042].eml',
      status: 'skipped',
      message:
        'RE Printer offline in reception [ID 1042].eml is 6 bytes, over the 5 bytes the add-in sends. Attach it in Halo.',
    });
    expect(halo.callsTo('uploadAttachment').length).toBe(2);
  });

  it('refuses input its form should not let through, without calling Halo', async () => {
    const halo = new RecordingHaloFacade(contosoHalo());
    for (const bad of [
      { minutes: 2000 },
      { minutes: 1.5 },
      { ticketId: 0 },
      { outcomeId: null, outcomeName: null },
    ]) {
      const outcome = await run(context(halo), { ...input, ...bad });
      expect(outcome).toEqual(
        jasmine.objectContaining({ status: 'failed', kind: 'invalid-input', retryable: false }),
      );
    }
    expect(halo.calls).toEqual([]);
  });
});

describeLogActionContract('appendToTicketAction', () => appendToTicketAction(), [
  {
    name: 'a reply with files, on its thread ticket',
    snapshot: reply,
    mail: replyContent,
    halo: contosoHalo(),
    picture: { threadTickets: [ticketCandidate(1042, 'Printer offline in reception')] },
    input,
  },
]);
