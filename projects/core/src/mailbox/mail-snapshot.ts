/** A person on an email: display name and address, as Outlook reports them. */
export interface MailAddress {
  /** Display name, possibly empty. */
  readonly name: string;
  /** Email address, as given by the host (not normalised). */
  readonly address: string;
}

/** What the pane knows of an attachment before its content is fetched. */
export interface MailAttachmentInfo {
  /** The host's attachment id, used to fetch the content on demand. */
  readonly id: string;
  /** File name. */
  readonly name: string;
  /** MIME type as reported by the host. */
  readonly contentType: string;
  /** Size in bytes. */
  readonly size: number;
  /** True for images referenced from the body with `cid:`. */
  readonly isInline: boolean;
  /**
   * The MIME Content-ID the body's `cid:` references name (without angle brackets), when the host
   * gives it (Mailbox 1.8).
   */
  readonly contentId?: string;
  /** Kind of attachment: a file, an attached email, or a cloud link. */
  readonly kind: 'file' | 'item' | 'cloud';
}

/**
 * The current email as an immutable plain value: everything matchers and log actions need to know
 * about it without touching Office. The body and attachment content are fetched lazily through the
 * mailbox port, never carried here.
 */
export interface MailSnapshot {
  /** The host's item id (stable for this mailbox; differs between mailboxes). */
  readonly itemId: string;
  /** RFC 5322 Message-ID, with angle brackets, when the host gives it. */
  readonly internetMessageId: string | null;
  /** Outlook's conversation id, shared by the messages of one thread. */
  readonly conversationId: string | null;
  /** In-Reply-To header, when the host can read internet headers. */
  readonly inReplyTo: string | null;
  /** References header split into message ids, oldest first. */
  readonly references: readonly string[];
  /** Subject, as sent. */
  readonly subject: string;
  /** The author (From). */
  readonly from: MailAddress;
  /** The sender when it differs from the author (sent on behalf). */
  readonly sender: MailAddress | null;
  /** To recipients. */
  readonly to: readonly MailAddress[];
  /** Cc recipients. */
  readonly cc: readonly MailAddress[];
  /** When the message was received or created, ISO 8601. */
  readonly receivedAt: string;
  /** Attachment metadata, inline images included. */
  readonly attachments: readonly MailAttachmentInfo[];
}
