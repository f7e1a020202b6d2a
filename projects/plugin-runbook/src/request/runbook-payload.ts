import { RunbookField } from '../options/runbook-options';

/** What is known of the email when the action runs. */
export interface RunbookEmail {
  /** The subject, sent as the summary. */
  readonly subject: string;
  /** The author. */
  readonly from: { readonly name: string; readonly address: string };
  /** The body as plain text, or `null` when it could not be read. */
  readonly text: string | null;
  /** The RFC 5322 Message-ID, if known. */
  readonly internetMessageId: string | null;
  /** When it was received, ISO 8601. */
  readonly receivedAt: string;
  /** The Halo records the pane matched. */
  readonly matched: {
    readonly contactId: number | string | null;
    readonly clientId: number | string | null;
    readonly ticketIds: readonly (number | string)[];
  };
}

/**
 * Builds the JSON body posted to the runbook: only the fields selected, with stable names a
 * runbook's variables can read (`summary`, `sender_name`, `sender_email`, `text`, `contact_id`,
 * `client_id`, `ticket_ids`, `message_id`, `received_at`).
 */
export function runbookPayload(
  email: RunbookEmail,
  fields: readonly RunbookField[],
): Record<string, unknown> {
  const payload: Record<string, unknown> = { source: 'halo-for-outlook' };
  for (const field of fields) {
    switch (field) {
      case 'summary':
        payload['summary'] = email.subject;
        break;
      case 'sender':
        payload['sender_name'] = email.from.name;
        payload['sender_email'] = email.from.address;
        break;
      case 'text':
        payload['text'] = email.text ?? '';
        break;
      case 'matchedIds':
        payload['contact_id'] = email.matched.contactId;
        payload['client_id'] = email.matched.clientId;
        payload['ticket_ids'] = email.matched.ticketIds;
        break;
      case 'messageId':
        payload['message_id'] = email.internetMessageId;
        break;
      case 'receivedAt':
        payload['received_at'] = email.receivedAt;
        break;
    }
  }
  return payload;
}
