/** How the outbox spaces its attempts. */
export interface OutboxPolicy {
  /** The first wait, in milliseconds (doubled after each failed attempt). */
  readonly firstDelayMs: number;
  /** The longest wait between attempts. */
  readonly maxDelayMs: number;
  /** After this many failed attempts an entry stops retrying by itself (`failed`). */
  readonly maxAttempts: number;
  /** How long an attempt holds an entry before another pane may take it over. */
  readonly leaseMs: number;
}

/** 5 s, 10 s, 20 s … capped at 5 minutes; gives up after 10 attempts (about half an hour). */
export const DEFAULT_OUTBOX_POLICY: OutboxPolicy = Object.freeze({
  firstDelayMs: 5_000,
  maxDelayMs: 300_000,
  maxAttempts: 10,
  leaseMs: 120_000,
});

/**
 * The wait before the next attempt after `attempts` failures: exponential with equal jitter
 * (half fixed, half random, so panes that failed together do not retry together), never less than
 * what Halo asked for (`retryAfterMs`).
 *
 * @usageNotes
 * `outboxDelay(3, DEFAULT_OUTBOX_POLICY)` → between 10 s and 20 s.
 */
export function outboxDelay(
  attempts: number,
  policy: OutboxPolicy,
  retryAfterMs = 0,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, attempts - 1);
  const full = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** exponent);
  const jittered = full / 2 + (random() * full) / 2;
  return Math.round(Math.max(jittered, retryAfterMs));
}
