import type { AppendInput } from '../append/append-input';

/** A message of the conversation the agent chose, as the form names it. Plain data. */
export interface ChosenMessage {
  /** The conversation source's id of the message. */
  readonly id: string;
  /** Its Message-ID, when known (what tells Halo's copy of it apart). */
  readonly internetMessageId: string | null;
  /** Its subject, for the progress lines. */
  readonly subject: string;
}

/**
 * What the "Log the conversation" form collects. Plain data (kept in the outbox when Halo cannot be
 * reached). The note options are append's; the time taken and the new status are applied once,
 * with the last message added.
 */
export interface ConversationInput extends Omit<AppendInput, 'attachmentIds' | 'includeOriginal'> {
  /** The messages to add, oldest first. */
  readonly messages: readonly ChosenMessage[];
  /** Upload each message's attachments (inline images are always embedded in the note). */
  readonly attachments: boolean;
  /** Upload each message as an `.eml` file too. */
  readonly includeOriginal: boolean;
}
