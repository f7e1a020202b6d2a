import type { MailSnapshot, NewHaloAction } from '@halo-outlook/sdk';
import { emailRecord } from '../email/email-record';
import { minutesToHours } from '../time/minutes-to-hours';
import type { AppendInput } from './append-input';

/**
 * The Halo action that appends an e-mail to a ticket (`POST /Actions`, written by the data layer
 * as `ticket_id`, `outcome_id` (or `outcome`), `note_html`, `hiddenfromuser`, `timetaken` in
 * hours, `new_status`, `emailfrom`/`emailto`/`emailcc`/`emailsubject`, and the message ids in
 * both spellings). Pure: the note is already sanitised.
 *
 * @usageNotes
 * `await halo.createAction(appendActionPayload(input, snapshot, noteHtml), { signal })`
 */
export function appendActionPayload(
  input: AppendInput,
  snapshot: MailSnapshot,
  noteHtml: string,
): NewHaloAction {
  return {
    ticketId: input.ticketId,
    ...(input.outcomeId !== null
      ? { outcomeId: input.outcomeId }
      : input.outcomeName
        ? { outcome: input.outcomeName }
        : {}),
    noteHtml,
    hiddenFromUser: input.privateNote,
    timeTakenHours: minutesToHours(input.minutes),
    ...(input.newStatusId !== null ? { newStatusId: input.newStatusId } : {}),
    sendEmail: false,
    email: emailRecord(snapshot),
  };
}
