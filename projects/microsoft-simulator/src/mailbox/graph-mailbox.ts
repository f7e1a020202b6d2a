import type { WorkbenchMessage } from '../boundary/workbench-mailbox.js';

/** The mail folder a message lives in, as Graph's well-known names. */
export type MailFolder = 'inbox' | 'sentitems';

/** One message of the simulated mailbox. */
export interface MailboxMessage {
  /** The sample file it was read from. */
  readonly file: string;
  /** Graph's message id: the REST form of the workbench's EWS item id (`convertToRestId`). */
  readonly id: string;
  /** Inbox, or Sent Items when the owner wrote it. */
  readonly folder: MailFolder;
  /** The message as the workbench parses it (ids, addresses, bodies, attachments, raw bytes). */
  readonly message: WorkbenchMessage;
}

/** The mailbox Graph serves: its owner's messages, newest first. */
export interface GraphMailbox {
  /** The owner's user principal name (only this user sees the messages). */
  readonly owner: string;
  readonly messages: readonly MailboxMessage[];
  /** Files listed in `mailbox.json` that were not loaded, each with the reason. */
  readonly skipped: readonly string[];
}
