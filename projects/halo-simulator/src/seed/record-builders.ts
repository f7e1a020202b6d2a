import type { ActionRecord, TicketRecord } from '../store/records.js';

/** A ticket with Halo-like defaults; `fields` must carry at least id, summary, client/site/user. */
export function buildTicket(
  fields: Partial<TicketRecord> &
    Pick<TicketRecord, 'id' | 'summary' | 'client_id' | 'site_id' | 'user_id' | 'dateoccurred'>,
): TicketRecord {
  return {
    details: fields.summary,
    details_html: `<p>${fields.summary}</p>`,
    tickettype_id: 1,
    status_id: 1,
    user_name_override: '',
    user_email_override: '',
    agent_id: 1,
    team: '1st Line',
    priority_id: 3,
    sla_id: 1,
    category_1: '',
    lastactiondate: fields.dateoccurred,
    last_update: fields.dateoccurred,
    lastincomingemail: null,
    onhold: false,
    flagged: false,
    read: true,
    emailtolist: '',
    emailcclist: '',
    timetaken: 0,
    customfields: [],
    mailentryid: '',
    email_message_id: '',
    internet_message_id: '',
    ...fields,
  };
}

/** An action with defaults (a private note by nobody in particular). */
export function buildAction(
  fields: Partial<ActionRecord> &
    Pick<ActionRecord, 'id' | 'ticket_id' | 'outcome_id' | 'datetime'>,
): ActionRecord {
  return {
    who_agentid: 0,
    who: '',
    note: '',
    hiddenfromuser: false,
    timetaken: 0,
    new_status: 0,
    emailfrom: '',
    emailto: '',
    emailcc: '',
    emailbcc: '',
    emailsubject: '',
    emaildirection: 0,
    internet_message_id: '',
    inreplyto: '',
    references: '',
    email_message_id: '',
    mailentryid: '',
    important: false,
    is_system: false,
    ...fields,
    note_html: fields.note_html ?? (fields.note ? `<p>${fields.note}</p>` : ''),
  };
}
