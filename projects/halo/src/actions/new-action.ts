import type { NewHaloAttachment } from '../attachments/new-attachment';

/** What adding an action to a ticket takes: the ticket and an outcome (prefer `outcomeId`). */
export interface NewHaloAction {
  /** The ticket to add it to. */
  readonly ticketId: number;
  /** The outcome id (from `/Outcome`; names are tenant-specific). */
  readonly outcomeId?: number;
  /** The outcome name, when no id is known. */
  readonly outcome?: string;
  /** The note as HTML (sanitised by the caller). */
  readonly noteHtml?: string;
  /** The note as plain text. */
  readonly note?: string;
  /** True for a private (agent-only) action. */
  readonly hiddenFromUser?: boolean;
  /** Time taken in decimal hours (0.25 = 15 minutes). */
  readonly timeTakenHours?: number;
  /** Move the ticket to this status. */
  readonly newStatusId?: number;
  /** Assign the ticket to this agent. */
  readonly newAgentId?: number;
  /** Send the action as an e-mail to the user (Halo's default comes from the outcome). */
  readonly sendEmail?: boolean;
  /** The e-mail this action records: sender, recipients, subject and threading headers. */
  readonly email?: {
    readonly from?: string;
    readonly to?: string;
    readonly cc?: string;
    readonly subject?: string;
    readonly internetMessageId?: string;
    readonly inReplyTo?: string;
    readonly references?: string;
  };
  /** Attachments already uploaded (their ids). */
  readonly attachmentIds?: readonly number[];
  /** Files to attach inline. */
  readonly attachments?: readonly NewHaloAttachment[];
}
