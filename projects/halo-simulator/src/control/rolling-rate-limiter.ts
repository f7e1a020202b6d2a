import type { RateLimitOptions } from '../simulator/simulator-options.js';

/** Result of a rate-limit check. */
export interface RateLimitVerdict {
  allowed: boolean;
  /** Halo's text when refused: "Rate Limit Reached - 300 Requests per rolling 5 minute window". */
  message: string;
}

/** Halo's message for a limit, e.g. "Rate Limit Reached - 300 Requests per rolling 5 minute window". */
export function rateLimitMessage(limit: RateLimitOptions): string {
  const minutes = limit.windowMs / 60_000;
  const window = Number.isInteger(minutes)
    ? `${minutes} minute`
    : `${limit.windowMs / 1000} second`;
  return `Rate Limit Reached - ${limit.max} Requests per rolling ${window} window`;
}

/** A rolling-window limiter keyed by caller (the simulator keys by API application). */
export class RollingRateLimiter {
  private readonly hits = new Map<string, number[]>();

  /** @param limit the limit, or false for none */
  constructor(private limit: RateLimitOptions | false) {}

  /** Current limit. */
  get current(): RateLimitOptions | false {
    return this.limit;
  }

  /** Replaces the limit and forgets the counted requests. */
  set(limit: RateLimitOptions | false): void {
    this.limit = limit;
    this.hits.clear();
  }

  /** Counts a request for `key` unless it is over the limit (refused requests are not counted). */
  check(key: string, now = Date.now()): RateLimitVerdict {
    if (!this.limit) return { allowed: true, message: '' };
    const windowStart = now - this.limit.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > windowStart);
    if (recent.length >= this.limit.max) {
      this.hits.set(key, recent);
      return { allowed: false, message: rateLimitMessage(this.limit) };
    }
    recent.push(now);
    this.hits.set(key, recent);
    return { allowed: true, message: '' };
  }

  /** Forgets the counted requests. */
  clear(): void {
    this.hits.clear();
  }
}
