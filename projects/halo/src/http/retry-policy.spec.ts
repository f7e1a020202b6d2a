import { backoffDelay, DEFAULT_RETRY_POLICY, planRetry } from './retry-policy';

describe('retry policy', () => {
  const policy = { maxRetries: 5, baseDelayMs: 1000, maxDelayMs: 4000, maxTotalWaitMs: 20000 };

  it('doubles each step up to the ceiling, with jitter between half and the full step', () => {
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, policy, () => 0))).toEqual([
      500, 1000, 2000, 2000,
    ]);
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, policy, () => 0.999999))).toEqual([
      1000, 2000, 4000, 4000,
    ]);
  });

  it('stops after maxRetries and before passing maxTotalWaitMs', () => {
    expect(planRetry({ attempt: 5, waitedMs: 0, retryAfterMs: null }, policy, () => 0)).toBeNull();
    expect(
      planRetry({ attempt: 1, waitedMs: 19500, retryAfterMs: null }, policy, () => 0),
    ).toBeNull();
    expect(planRetry({ attempt: 1, waitedMs: 0, retryAfterMs: 7000 }, policy, () => 0)).toBe(7000);
  });

  it('by default retries a rate-limited call 3 times and waits 15 s at most in all', () => {
    let waited = 0;
    let attempt = 0;
    for (;;) {
      const delay = planRetry(
        { attempt, waitedMs: waited, retryAfterMs: null },
        DEFAULT_RETRY_POLICY,
        () => 0.999,
      );
      if (delay === null) break;
      waited += delay;
      attempt++;
    }
    expect(attempt).toBe(3);
    expect(waited).toBeLessThanOrEqual(15_000);
  });
});
