import type { AppErrorKind } from '@halo-outlook/core';
import type { LogPart } from '../contracts/log-part';
import type { LogRequest } from '../log/log-request';
import type { CapturedMail } from '../mail/captured-mail';

/**
 * Where an outbox entry stands: `sending` (an attempt is running, here or in another pane, until
 * its lease ends), `pending` (waiting for its next attempt), `failed` (it stopped retrying by
 * itself: the agent retries or discards it).
 */
export type OutboxState = 'sending' | 'pending' | 'failed';

/** Why the last attempt of an outbox entry failed. */
export interface OutboxProblem {
  /** What happened and what to do, as the log action said it. */
  readonly message: string;
  /** The failure kind, when known. */
  readonly kind: AppErrorKind | null;
}

/** A log request kept in the outbox (device storage) until Halo has it. */
export interface OutboxEntry extends LogRequest {
  /** The Halo it is for (`<base url> <client id>`): replayed only when signed in to it. */
  readonly tenant: string;
  /** Where it stands. */
  readonly state: OutboxState;
  /** Attempts that failed so far. */
  readonly attempts: number;
  /** When the next attempt is due (epoch ms), or null while sending or after giving up. */
  readonly nextAttemptAt: number | null;
  /** Until when the running attempt holds it (epoch ms); another pane leaves it alone till then. */
  readonly leaseUntil: number | null;
  /** Why the last attempt failed. */
  readonly problem: OutboxProblem | null;
  /** The parts as the last attempt left them. */
  readonly parts: readonly LogPart[];
  /** The e-mail's content the action read, attachment content included. */
  readonly mail: CapturedMail;
}

/** An outbox entry as the pane lists it: everything but the e-mail's content. */
export type OutboxItem = Omit<OutboxEntry, 'mail'>;

/**
 * The entry without its content, for lists held in memory.
 *
 * @usageNotes
 * `patchState(store, { items: entries.map(outboxItem) })`
 */
export function outboxItem(entry: OutboxEntry): OutboxItem {
  const { mail: _mail, ...item } = entry;
  return item;
}
