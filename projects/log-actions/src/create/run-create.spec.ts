import { type HaloCustomField, type NewHaloTicket, sameMessageId } from '@halo-outlook/sdk';
import {
  aHaloTicket,
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
import type { CreateInput } from './create-input';
import type { StampFields } from './create-payload';
import { createTicketAction } from './create-ticket-action';
import { runCreate } from './run-create';

const input: CreateInput = {
  ticketTypeId: 1,
  summary: 'Printer offline in reception',
  clientId: 1,
  siteId: null,
  userId: 1,
  userName: null,
  userEmail: null,
  outcomeId: 3,
  privateNote: false,
  minutes: 10,
  attachmentIds: ['att-pdf'],
  includeOriginal: false,
  trimQuotedHistory: false,
  remoteImages: false,
};
const fields = {
  messageId: 'CFOutlookInternetMessageId',
  conversationId: 'CFOutlookConversationId',
};

function context(halo: RecordingHaloFacade, journal = {}, picture = {}): TestLogActionContext {
  return aLogActionContext(reply, { halo, mail: replyContent, journal, picture });
}
const run = (c: TestLogActionContext, f: StampFields = fields, i = input) =>
  runCreate(c, i, DEFAULT_ATTACHMENT_LIMITS, f);
const created = (halo: RecordingHaloFacade) => halo.allTickets().filter((t) => t.id > 1042);

describe('runCreate', () => {
  it('creates the ticket from the e-mail, records the e-mail on it, then sends the files', async () => {
    const halo = new RecordingHaloFacade(contosoHalo());
    const outcome = await run(context(halo));
    const ticket = halo.callsTo('createTicket')[0].args[0] as NewHaloTicket;
    expect(ticket.summary).toBe('Printer offline in reception');
    expect(ticket.detailsHtml).toContain('Earlier text'); // create keeps the history unless asked
    expect(ticket.detailsHtml).not.toContain('<script');
    expect(ticket.customFields).toEqual([
      { name: 'CFOutlookInternetMessageId', value: '<reply-7@contoso-dental.example>' },
      { name: 'CFOutlookConversationId', value: 'AAQkAGNvbnYtMTA0Mg==' },
    ]);
    const [newTicket] = created(halo);
    const action = halo.allActions().find((a) => a.ticketId === newTicket.id);
    expect(action?.internetMessageId).toBe('<reply-7@contoso-dental.example>');
    expect(halo.callsTo('uploadAttachment')[0].args[1]).toEqual({
      ticketId: newTicket.id,
      actionId: action?.id,
    });
    expect(outcome).toEqual(
      jasmine.objectContaining({
        status: 'done',
        ticketId: newTicket.id,
        created: true,
        message: `Created ticket #${newTicket.id}.`,
      }),
    );
  });

  it('creates nothing when the e-mail is already on a ticket (found by its message id)', async () => {
    const halo = new RecordingHaloFacade(
      contosoHalo({ actions: [loggedAction(1042, '<reply-7@contoso-dental.example>')] }),
    );
    const outcome = await run(context(halo, {}, { threadTickets: [ticketCandidate(1042, 'x')] }));
    expect(outcome).toEqual({
      status: 'done',
      ticketId: 1042,
      alreadyLogged: true,
      message: 'This email is already on ticket #1042: no ticket was created.',
    });
    expect(halo.callsTo('createTicket')).toEqual([]);
  });

  it('creates nothing when a ticket of the contact holds the e-mail in its custom field', async () => {
    const stamp: HaloCustomField = {
      id: 202,
      name: 'CFOutlookInternetMessageId',
      label: null,
      value: 'reply-7@contoso-dental.example',
      display: null,
    };
    const halo = new RecordingHaloFacade(
      contosoHalo({
        tickets: [aHaloTicket({ id: 1300, userId: 1, clientId: 1, customFields: [stamp] })],
      }),
    );
    const outcome = await run(context(halo));
    expect(outcome).toEqual(
      jasmine.objectContaining({ status: 'done', ticketId: 1300, alreadyLogged: true }),
    );
    expect(halo.callsTo('createTicket')).toEqual([]);
  });

  it('a create whose answer was lost makes exactly one ticket', async () => {
    const halo = new RecordingHaloFacade(contosoHalo()).failNext('createTicket', dropped, {
      afterSaving: true,
    });
    const outcome = await run(context(halo));
    expect(outcome).toEqual(jasmine.objectContaining({ status: 'done', created: true }));
    expect(halo.callsTo('createTicket').length).toBe(1);
    expect(created(halo).length).toBe(1);
    const mine = halo
      .allActions()
      .filter((a) => sameMessageId(a.internetMessageId, reply.internetMessageId ?? ''));
    expect(mine.map((a) => a.ticketId)).toEqual([created(halo)[0].id]);
  });

  it('when Halo is still unreachable after a lost create, the retry finds the ticket first', async () => {
    const halo = new RecordingHaloFacade(contosoHalo())
      .failNext('createTicket', dropped, { afterSaving: true })
      .failNext('listTickets', offline, { after: 1 }); // the check before passes, the settle fails
    const first = context(halo);
    expect(await run(first)).toEqual(jasmine.objectContaining({ status: 'failed', kind: 'cors' }));
    const retried = await run(context(halo, first.journal.entries()));
    expect(retried).toEqual(jasmine.objectContaining({ status: 'done', created: true }));
    expect(halo.callsTo('createTicket').length).toBe(1);
    expect(created(halo).length).toBe(1);
  });

  it('without the custom field, finds the ticket a lost create made by its summary', async () => {
    const halo = new RecordingHaloFacade(contosoHalo({ fieldInfo: [] })).failNext(
      'createTicket',
      dropped,
      {
        afterSaving: true,
      },
    );
    const outcome = await run(context(halo), { messageId: null, conversationId: null });
    expect(outcome.status).toBe('done');
    expect(created(halo).length).toBe(1);
  });

  it('refuses a ticket without a summary or a client, without calling Halo', async () => {
    const halo = new RecordingHaloFacade(contosoHalo());
    expect(await run(context(halo), fields, { ...input, summary: '  ' })).toEqual(
      jasmine.objectContaining({ status: 'failed', message: 'Give the ticket a summary.' }),
    );
    expect(await run(context(halo), fields, { ...input, clientId: null, userId: null })).toEqual(
      jasmine.objectContaining({
        status: 'failed',
        message: 'Choose the client the ticket is for.',
      }),
    );
    expect(halo.calls).toEqual([]);
  });
});

describeLogActionContract('createTicketAction', () => createTicketAction(), [
  {
    name: 'a new request from a known contact',
    snapshot: reply,
    mail: replyContent,
    halo: contosoHalo(),
    input,
  },
  {
    name: 'a sender who is not in Halo',
    snapshot: reply,
    halo: contosoHalo(),
    input: { ...input, userId: null, userName: 'Pat Jones', userEmail: 'pat.jones@gmail.example' },
  },
]);
