import { isRecord } from '../parsing/read-list';
import {
  readDate,
  readFlag,
  readNumberField,
  readObjects,
  readRef,
  readText,
} from '../parsing/read-field';
import { type HaloAttachment, parseAttachment } from '../attachments/attachment';

/** A Halo action: a note, e-mail, phone call or status change on a ticket. */
export interface HaloAction {
  /** The action id. */
  readonly id: number;
  /** The ticket it belongs to. */
  readonly ticketId: number | null;
  /** The outcome name (tenant data, e.g. "Private Note"). */
  readonly outcome: string | null;
  /** The outcome id (see `/Outcome`). */
  readonly outcomeId: number | null;
  /** Who added it (a name). */
  readonly who: string | null;
  /** When it was added (ISO 8601). */
  readonly dateTime: string | null;
  /** The note as plain text. */
  readonly note: string | null;
  /** The note as HTML, when asked for (`includehtmlnote`). */
  readonly noteHtml: string | null;
  /** True for a private (agent-only) action. */
  readonly hiddenFromUser: boolean;
  /** Time taken, in decimal hours (0.25 = 15 minutes). */
  readonly timeTaken: number | null;
  /** The e-mail subject, for e-mail actions. */
  readonly emailSubject: string | null;
  /** The sender of an e-mail action. */
  readonly emailFrom: string | null;
  /** The RFC 5322 Message-ID of the e-mail (`internet_message_id` or `internetmessageid`). */
  readonly internetMessageId: string | null;
  /** The In-Reply-To header of the e-mail, when stored. */
  readonly inReplyTo: string | null;
  /** The References header of the e-mail, when stored. */
  readonly references: string | null;
  /** Attachments returned with a write (each with `stored` telling whether Halo kept it). */
  readonly attachments: readonly HaloAttachment[];
}

/** Parses one action object; `null` when it has no id. */
export function parseAction(raw: unknown): HaloAction | null {
  if (!isRecord(raw)) return null;
  const id = readRef(raw, 'id');
  if (id === null) return null;
  return {
    id,
    ticketId: readRef(raw, 'ticket_id'),
    outcome: readText(raw, 'outcome'),
    outcomeId: readRef(raw, 'outcome_id'),
    who: readText(raw, 'who'),
    dateTime: readDate(raw, 'datetime', 'actiondatecreated'),
    note: readText(raw, 'note'),
    noteHtml: readText(raw, 'note_html'),
    hiddenFromUser: readFlag(raw, 'hiddenfromuser') ?? false,
    timeTaken: readNumberField(raw, 'timetaken', 'time_taken'),
    emailSubject: readText(raw, 'emailsubject'),
    emailFrom: readText(raw, 'emailfrom'),
    internetMessageId: readText(raw, 'internet_message_id', 'internetmessageid'),
    inReplyTo: readText(raw, 'inreplyto', 'in_reply_to'),
    references: readText(raw, 'references'),
    attachments: readObjects(raw, 'attachments').map(parseAttachment),
  };
}
