import { haloUtc } from '../http/halo-date.js';
import type { HaloData } from '../store/halo-data.js';
import type { ActionRecord } from '../store/records.js';

/**
 * An action as `/api/Actions` returns it. The internet message id appears in both spellings
 * seen in the wild (`internet_message_id` from the spec, `internetmessageid` as some clients send it).
 * `note_html` only when `includeHtml` (list param `includehtmlnote=true`; always on single/created).
 */
export function actionView(
  a: ActionRecord,
  data: HaloData,
  includeHtml: boolean,
): Record<string, unknown> {
  const outcome = data.outcomes.find((o) => o.id === a.outcome_id);
  const row: Record<string, unknown> = {
    id: a.id,
    ticket_id: a.ticket_id,
    outcome: outcome?.outcome ?? '',
    outcome_id: a.outcome_id,
    who: a.who,
    who_agentid: a.who_agentid,
    datetime: haloUtc(a.datetime),
    note: a.note,
    hiddenfromuser: a.hiddenfromuser,
    timetaken: a.timetaken,
    new_status: a.new_status,
    emailfrom: a.emailfrom,
    emailto: a.emailto,
    emailcc: a.emailcc,
    emailbcc: a.emailbcc,
    emailsubject: a.emailsubject,
    emaildirection: a.emaildirection,
    internet_message_id: a.internet_message_id,
    internetmessageid: a.internet_message_id,
    inreplyto: a.inreplyto,
    references: a.references,
    email_message_id: a.email_message_id,
    mailentryid: a.mailentryid,
    important: a.important,
    attachment_count: data.attachments.filter((x) => x.action_id === a.id).length,
  };
  if (includeHtml) row['note_html'] = a.note_html;
  return row;
}
