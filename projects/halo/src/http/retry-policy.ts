/**
 * How the client retries a request Halo answered with 429 (rate limited). Halo-hosted allows about
 * 300 requests per rolling 5 minutes and sends no `Retry-After`, so the default backs off blindly,
 * and gives up early enough that the pane never hangs.
 */
export interface RetryPolicy {
  /** Retries after the first attempt (0 = never retry). */
  readonly maxRetries: number;
  /** The first backoff step in ms; each further retry doubles it. */
  readonly baseDelayMs: number;
  /** The ceiling of one backoff step in ms. */
  readonly maxDelayMs: number;
  /** The most the client waits in total for one request; a retry that would pass it is not made. */
  readonly maxTotalWaitMs: number;
}

/** The default: up to 3 retries, 1 s doubling to at most 8 s, at most 15 s of waiting in all. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  maxTotalWaitMs: 15000,
};

/**
 * The wait before retry number `attempt + 1`: exponential (`base * 2^attempt`, capped at
 * `maxDelayMs`) with "equal jitter", i.e. uniformly between half the step and the full step, so
 * concurrent clients spread out but never retry at once.
 *
 * @param attempt retries made so far (0 for the first retry).
 * @param random a source of numbers in `[0, 1)` (injectable so tests are exact).
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(step / 2 + (random() * step) / 2);
}

/** Where a request stands when Halo has just answered 429. */
export interface RetryState {
  /** Retries made so far. */
  readonly attempt: number;
  /** Milliseconds already spent waiting for this request. */
  readonly waitedMs: number;
  /** What Halo's `Retry-After` asked for, when it sent one. */
  readonly retryAfterMs: number | null;
}

/**
 * Decides whether and when to retry: the `Retry-After` wait when Halo sent one, otherwise the
 * backoff step; `null` (give up) when the retries are used up or the wait would pass
 * `maxTotalWaitMs`.
 */
export function planRetry(
  state: RetryState,
  policy: RetryPolicy,
  random: () => number,
): number | null {
  if (state.attempt >= policy.maxRetries) return null;
  const delay = state.retryAfterMs ?? backoffDelay(state.attempt, policy, random);
  return state.waitedMs + delay > policy.maxTotalWaitMs ? null : delay;
}
