import { DEFAULT_OUTBOX_POLICY, outboxDelay } from './outbox-backoff';

describe('outboxDelay', () => {
  const policy = DEFAULT_OUTBOX_POLICY;

  it('doubles from 5 s, between half and all of the step, capped at 5 minutes', () => {
    const low = (n: number) => outboxDelay(n, policy, 0, () => 0);
    const high = (n: number) => outboxDelay(n, policy, 0, () => 1);
    expect([1, 2, 3, 4].map(low)).toEqual([2_500, 5_000, 10_000, 20_000]);
    expect([1, 2, 3, 4].map(high)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(high(12)).toBe(300_000);
    expect(low(12)).toBe(150_000);
  });

  it('waits at least as long as Halo asked', () => {
    expect(outboxDelay(1, policy, 60_000, () => 0.5)).toBe(60_000);
  });
});
