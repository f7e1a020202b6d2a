import type { AttachmentLimits } from '../attachments/attachment-limits';

/** How a built-in log action is set up (every field has a default). */
export interface LogActionOptions {
  /** The action's id (`vendor.name`); change it only to register the action twice. */
  readonly id?: string;
  /** The button label (default: translated "Append to ticket" / "Create ticket"). */
  readonly label?: string;
  /** A Material Symbols icon name. */
  readonly icon?: string;
  /** Where the pane lists it (higher first). */
  readonly priority?: number;
  /** File size limits checked before upload (default {@link DEFAULT_ATTACHMENT_LIMITS}). */
  readonly limits?: AttachmentLimits;
}

/** What the create action stamps on a new ticket so it can be found by the e-mail later. */
export interface CreateTicketOptions extends LogActionOptions {
  /**
   * The ticket custom field holding the e-mail's Message-ID (default `CFOutlookInternetMessageId`;
   * null: none). Halo ignores a field the tenant does not have.
   */
  readonly messageIdField?: string | null;
  /** The ticket custom field holding Outlook's conversation id (default `CFOutlookConversationId`). */
  readonly conversationIdField?: string | null;
}
