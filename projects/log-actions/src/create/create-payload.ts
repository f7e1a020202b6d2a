import type {
  HaloCustomFieldValue,
  MailSnapshot,
  NewHaloAction,
  NewHaloTicket,
} from '@halo-outlook/sdk';
import { emailRecord } from '../email/email-record';
import { minutesToHours } from '../time/minutes-to-hours';
import type { CreateInput } from './create-input';

/** The custom fields a new ticket gets, by name; null leaves one out. */
export interface StampFields {
  /** Holds the e-mail's Message-ID (`CFOutlookInternetMessageId`). */
  readonly messageId: string | null;
  /** Holds Outlook's conversation id (`CFOutlookConversationId`). */
  readonly conversationId: string | null;
}

/**
 * The Halo ticket created from an e-mail (`POST /Tickets`: `summary`, `details_html`,
 * `tickettype_id`, `client_id`, `site_id`, `user_id` or `users_name`/`user_email` for a sender not
 * in Halo, and the custom fields that let the ticket be found by the e-mail later). Pure: the
 * details are already sanitised.
 *
 * @usageNotes
 * `await halo.createTicket(createTicketPayload(input, snapshot, detailsHtml, fields), { signal })`
 */
export function createTicketPayload(
  input: CreateInput,
  snapshot: MailSnapshot,
  detailsHtml: string,
  fields: StampFields,
): NewHaloTicket {
  const customFields: HaloCustomFieldValue[] = [];
  if (fields.messageId && snapshot.internetMessageId) {
    customFields.push({ name: fields.messageId, value: snapshot.internetMessageId });
  }
  if (fields.conversationId && snapshot.conversationId) {
    customFields.push({ name: fields.conversationId, value: snapshot.conversationId });
  }
  return {
    summary: input.summary.trim(),
    detailsHtml,
    ...(input.ticketTypeId !== null ? { ticketTypeId: input.ticketTypeId } : {}),
    ...(input.clientId !== null ? { clientId: input.clientId } : {}),
    ...(input.siteId !== null ? { siteId: input.siteId } : {}),
    ...(input.userId !== null
      ? { userId: input.userId }
      : {
          ...(input.userName ? { userName: input.userName } : {}),
          ...(input.userEmail ? { userEmail: input.userEmail } : {}),
        }),
    ...(customFields.length ? { customFields } : {}),
  };
}

/**
 * The action recording the e-mail on the ticket just created: its metadata and message ids (so
 * replies thread to the ticket and the e-mail is never logged twice), the outcome, private or
 * public, the time taken; the note is the e-mail's header (the body is the ticket's details).
 *
 * @usageNotes
 * `await halo.createAction(createEmailActionPayload(ticketId, input, snapshot, note), { signal })`
 */
export function createEmailActionPayload(
  ticketId: number,
  input: CreateInput,
  snapshot: MailSnapshot,
  noteHtml: string,
): NewHaloAction {
  return {
    ticketId,
    ...(input.outcomeId !== null
      ? { outcomeId: input.outcomeId }
      : input.outcomeName
        ? { outcome: input.outcomeName }
        : {}),
    noteHtml,
    hiddenFromUser: input.privateNote,
    timeTakenHours: minutesToHours(input.minutes),
    sendEmail: false,
    email: emailRecord(snapshot),
  };
}
