import type { MailSnapshot } from '@halo-outlook/core';
import type { ResolutionPicture } from '../resolution/resolution-picture';
import type { JournalEntries } from './log-journal';

/**
 * One request to log an e-mail with a log action: everything needed to run it again later, as
 * plain data (it is stored in the outbox when Halo cannot be reached).
 */
export interface LogRequest<TInput = unknown> {
  /** Unique per request; a retry of the same request keeps it. */
  readonly id: string;
  /** The log action's id. */
  readonly actionId: string;
  /** The log action's label when it was asked, for the outbox list. */
  readonly label: string;
  /** The e-mail. */
  readonly snapshot: MailSnapshot;
  /** What the pane had resolved. */
  readonly picture: ResolutionPicture;
  /** What the action's form collected. */
  readonly input: TInput;
  /** What earlier attempts of this request did (empty for a new one). */
  readonly journal: JournalEntries;
  /** When the agent asked (epoch ms). */
  readonly createdAt: number;
}

/**
 * A new request id: a random UUID.
 *
 * @usageNotes
 * `{ id: newLogRequestId(), actionId: action.id, … }`
 */
export function newLogRequestId(): string {
  return crypto.randomUUID();
}
