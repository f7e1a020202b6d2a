import { linkAttachments } from '../attachments/save-attachment.js';
import { badRequest, notFound } from '../http/halo-http-error.js';
import { boolField, numberField, stringField, type WriteItem } from '../http/write-body.js';
import { SUPPORT_MAILBOX } from '../seed/fixed-records.js';
import type { HaloStore } from '../store/halo-store.js';
import type { ActionRecord, AgentRecord, OutcomeRecord, TicketRecord } from '../store/records.js';

/** A saved action, its ticket, and partial-failure warnings. */
export interface ActionWriteResult {
  action: ActionRecord;
  ticket: TicketRecord;
  warnings: string[];
  /** `{ id, filename }` per attachment sent (id 0 where nothing was stored). */
  attachments: { id: number; filename: string }[];
}

function resolveOutcome(store: HaloStore, item: WriteItem): OutcomeRecord {
  const outcomes = store.data.outcomes;
  const id = numberField(item, 'outcome_id');
  if (id !== undefined && id > 0) {
    const byId = outcomes.find((o) => o.id === id);
    if (!byId) throw badRequest(`Outcome ${id} does not exist`);
    return byId;
  }
  const name = stringField(item, 'outcome')?.trim().toLowerCase();
  if (!name)
    throw badRequest(
      'Please select an Outcome for this Action (outcome_id or outcome is required)',
    );
  const byName = outcomes.find((o) => o.outcome.toLowerCase() === name);
  if (!byName) throw badRequest(`Outcome '${stringField(item, 'outcome') ?? ''}' does not exist`);
  return byName;
}

/** Adds Halo's subject tag (`[ID: n]` with the ticket type's tags) unless already there. */
export function tagSubject(
  subject: string,
  ticketId: number,
  startTag = '[ID:',
  endTag = ']',
): string {
  const tag = `${startTag} ${ticketId}${endTag}`;
  return subject.includes(tag) ? subject : `${subject} ${tag}`.trim();
}

/**
 * Creates an action on a ticket (`POST /api/Actions` item): validates ticket and outcome, applies
 * `new_status`/`new_agent`/`new_team` to the ticket, adds `timetaken` (hours), tags outgoing
 * e-mail subjects `[ID: n]`, stores the message ids (either spelling), links attachments.
 */
export function writeAction(
  store: HaloStore,
  item: WriteItem,
  agent: AgentRecord,
): ActionWriteResult {
  const data = store.data;
  const ticketId = numberField(item, 'ticket_id');
  if (ticketId === undefined || ticketId <= 0) throw badRequest('ticket_id is required');
  const ticket = data.tickets.find((t) => t.id === ticketId);
  if (!ticket) throw notFound('Ticket', ticketId);
  const outcome = resolveOutcome(store, item);
  const timetaken = numberField(item, 'timetaken') ?? 0;
  if (timetaken < 0) throw badRequest('timetaken cannot be negative');

  const newStatus = numberField(item, 'new_status') ?? (outcome.newstatus || 0);
  if (newStatus && !data.statuses.some((s) => s.id === newStatus))
    throw badRequest(`Status ${newStatus} does not exist`);
  const newAgent = numberField(item, 'new_agent');
  if (newAgent !== undefined && !data.agents.some((a) => a.id === newAgent))
    throw badRequest(`Agent ${newAgent} does not exist`);
  const newTeam = stringField(item, 'new_team');
  if (newTeam && !data.teams.some((t) => t.name.toLowerCase() === newTeam.toLowerCase()))
    throw badRequest(`Team '${newTeam}' does not exist`);

  const noteHtml = stringField(item, 'note_html');
  const note = stringField(item, 'note') ?? (noteHtml ? noteHtml.replace(/<[^>]*>/g, '') : '');
  const sendEmail = boolField(item, 'sendemail') ?? outcome.sendemail;
  const type = data.ticketTypes.find((t) => t.id === ticket.tickettype_id);
  const user = data.users.find((u) => u.id === ticket.user_id);
  const now = new Date().toISOString();
  const id = store.nextId('action');
  const emailfrom = stringField(item, 'emailfrom') ?? (sendEmail ? SUPPORT_MAILBOX : '');
  let subject = stringField(item, 'emailsubject') ?? (sendEmail ? `RE: ${ticket.summary}` : '');
  if (sendEmail)
    subject = tagSubject(subject, ticket.id, type?.email_start_tag, type?.email_end_tag);
  const messageId =
    stringField(item, 'internet_message_id') ??
    stringField(item, 'internetmessageid') ??
    (sendEmail ? `<halo-${ticket.id}-${id}@msp.example>` : '');

  const action: ActionRecord = {
    id,
    ticket_id: ticket.id,
    outcome_id: outcome.id,
    who_agentid: agent.id,
    who: stringField(item, 'who') ?? agent.name,
    datetime: now,
    note,
    note_html: noteHtml ?? (note ? `<p>${note}</p>` : ''),
    hiddenfromuser: boolField(item, 'hiddenfromuser') ?? outcome.hidefromuser,
    timetaken,
    new_status: newStatus,
    emailfrom,
    emailto: stringField(item, 'emailto') ?? (sendEmail ? (user?.emailaddress ?? '') : ''),
    emailcc: stringField(item, 'emailcc') ?? '',
    emailbcc: stringField(item, 'emailbcc') ?? '',
    emailsubject: subject,
    emaildirection: sendEmail ? 2 : emailfrom ? 1 : 0,
    internet_message_id: messageId,
    inreplyto: stringField(item, 'inreplyto') ?? '',
    references: stringField(item, 'references') ?? '',
    email_message_id: stringField(item, 'email_message_id') ?? '',
    mailentryid: stringField(item, 'mailentryid') ?? '',
    important: boolField(item, 'important') ?? false,
    is_system: false,
  };
  data.actions.push(action);

  if (newStatus) ticket.status_id = newStatus;
  if (newAgent !== undefined) ticket.agent_id = newAgent;
  if (newTeam)
    ticket.team =
      data.teams.find((t) => t.name.toLowerCase() === newTeam.toLowerCase())?.name ?? ticket.team;
  ticket.timetaken += timetaken;
  ticket.lastactiondate = now;
  ticket.last_update = now;
  if (action.emaildirection === 1) ticket.lastincomingemail = now;

  const links = linkAttachments(store, item['attachments'], {
    ticketId: ticket.id,
    actionId: action.id,
    agentId: agent.id,
  });
  return { action, ticket, warnings: links.warnings, attachments: links.refs };
}
