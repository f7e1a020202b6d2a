import type { AppErrorKind } from '@halo-outlook/core';
import type { LogOutcome } from '../contracts/log-action';

/**
 * The failure kinds that mean "Halo could not take it now" rather than "Halo said no": no network,
 * no readable answer (Halo down, a dropped connection), too slow, a server error, the rate limit,
 * an ended session. A log request that failed with one of them waits in the outbox.
 */
export const QUEUEABLE_FAILURE_KINDS: ReadonlySet<AppErrorKind> = new Set<AppErrorKind>([
  'offline',
  'cors',
  'timeout',
  'server',
  'rate-limited',
  'unauthorized',
]);

/**
 * True when a log request ending with `outcome` goes to the outbox: a failure of a queueable kind.
 * Halo could not take the request, so it is kept and sent again, whatever `retryable` says (the
 * data layer calls a request with no readable answer not retryable, since it is most often a CORS
 * set-up problem; for a log request it may as well be Halo down or a dropped connection, and
 * keeping it loses nothing).
 *
 * @usageNotes
 * `if (isQueueable(outcome)) await outbox.queue(request, outcome);`
 */
export function isQueueable(outcome: LogOutcome): boolean {
  return (
    outcome.status === 'failed' &&
    outcome.kind !== undefined &&
    QUEUEABLE_FAILURE_KINDS.has(outcome.kind)
  );
}
