import type { MailAttachmentContent } from '@halo-outlook/core';

/** Internet headers by lower-case name (`list-unsubscribe`); a repeated header keeps its first value. */
export type MailHeaders = Readonly<Record<string, string>>;

/**
 * The parts of an e-mail the snapshot does not carry, read on demand from the host: the body, the
 * internet headers, attachment content and the whole original message. Each part is read once per
 * e-mail and shared by every plugin. A part the host cannot give (an older Outlook, outside
 * Outlook, another e-mail selected meanwhile) rejects with an `AppError` saying so: treat it as
 * missing and carry on.
 *
 * @usageNotes
 * ```ts
 * match: async ({ mail }) => {
 *   const text = await mail.text().catch(() => ''); // the subject is enough when there is no body
 *   const headers = await mail.headers().catch(() => ({}));
 * }
 * ```
 */
export interface MailContent {
  /** The body as HTML, as sent (unsanitised: sanitise before showing or storing it). */
  html(): Promise<string>;
  /** The body as plain text. */
  text(): Promise<string>;
  /** The internet headers (Mailbox 1.8). */
  headers(): Promise<MailHeaders>;
  /** One attachment's content, by the snapshot's attachment id (Mailbox 1.8). */
  attachment(id: string): Promise<MailAttachmentContent>;
  /** The whole message as base64 RFC 822 (`.eml`): getAsFileAsync (Mailbox 1.14), else Graph. */
  original(): Promise<string>;
}

/** The names of the parts of a {@link MailContent}. */
export type MailContentPart = 'html' | 'text' | 'headers' | 'attachment' | 'original';
