/**
 * What the current Outlook can do, from its Mailbox requirement sets, so that features degrade
 * (a hidden button, a note) instead of breaking.
 */
export interface MailboxCapabilities {
  /** An email can be read at all (inside Outlook). */
  readonly mailbox: boolean;
  /** The body as HTML (Mailbox 1.3). */
  readonly bodyHtml: boolean;
  /** A pinned pane follows the selected email (ItemChanged, Mailbox 1.5). */
  readonly itemChanged: boolean;
  /** In-Reply-To and References from the internet headers (Mailbox 1.8). */
  readonly internetHeaders: boolean;
  /** Outlook categories (Mailbox 1.8). */
  readonly categories: boolean;
  /** Attachment content (Mailbox 1.8). */
  readonly attachmentContent: boolean;
  /** The whole message as an .eml file (getAsFileAsync, Mailbox 1.14). */
  readonly messageFile: boolean;
}
