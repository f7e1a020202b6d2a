import { HttpHeaders } from '@angular/common/http';
import { isAppError } from '@halo-outlook/core';
import { withRetryPolicy } from '../provide/halo-client-feature';
import { setUpHalo, settle } from '../testing/halo-test-setup.spec';

const LIMITED = {
  status: 429,
  statusText: 'Too Many Requests',
};
const TEXT = 'Rate Limit Reached - 300 Requests per rolling 5 minute window';

describe('haloRateLimitInterceptor', () => {
  it('retries a 429 after an exponential backoff and returns the answer', async () => {
    const { http, facades, waits } = setUpHalo();
    const statuses = facades.read().statuses();
    for (let i = 0; i < 2; i++) {
      await settle();
      http.expectOne(() => true).flush(TEXT, LIMITED);
    }
    await settle();
    http.expectOne(() => true).flush([{ id: 1, name: 'New' }]);
    expect((await statuses).map((s) => s.name)).toEqual(['New']);
    // random() = 0.5 → three quarters of each step: 1000 ms, then 2000 ms.
    expect(waits).toEqual([750, 1500]);
  });

  it('gives up after maxRetries with a rate-limited error that says when to try again', async () => {
    const { http, facades, waits } = setUpHalo();
    const statuses = facades.read().statuses();
    for (let i = 0; i < 4; i++) {
      await settle();
      http.expectOne(() => true).flush(TEXT, LIMITED);
    }
    const error: unknown = await statuses.catch((e: unknown) => e);
    expect(isAppError(error) && error.kind).toBe('rate-limited');
    expect(isAppError(error) && error.retryAfterMs).toBeGreaterThan(0);
    expect(waits.length).toBe(3);
    http.verify();
  });

  it('never waits longer in total than maxTotalWaitMs', async () => {
    const { http, facades, waits } = setUpHalo(
      withRetryPolicy({
        maxRetries: 10,
        baseDelayMs: 1000,
        maxDelayMs: 4000,
        maxTotalWaitMs: 5000,
      }),
    );
    const statuses = facades.read().statuses();
    for (let i = 0; i < 3; i++) {
      await settle();
      http.expectOne(() => true).flush(TEXT, LIMITED);
    }
    await expectAsync(statuses).toBeRejected();
    expect(waits).toEqual([750, 1500]); // a third wait (3000 ms) would pass 5000 ms
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5000);
    http.verify();
  });

  it('honours Retry-After when Halo sends it', async () => {
    const { http, facades, waits } = setUpHalo();
    const statuses = facades.read().statuses();
    await settle();
    http
      .expectOne(() => true)
      .flush(TEXT, { ...LIMITED, headers: new HttpHeaders({ 'Retry-After': '3' }) });
    await settle();
    http.expectOne(() => true).flush([]);
    await statuses;
    expect(waits).toEqual([3000]);
  });

  it('does not wait for a Retry-After beyond the total budget', async () => {
    const { http, facades, waits } = setUpHalo();
    const statuses = facades.read().statuses();
    await settle();
    http
      .expectOne(() => true)
      .flush(TEXT, { ...LIMITED, headers: new HttpHeaders({ 'Retry-After': '120' }) });
    const error: unknown = await statuses.catch((e: unknown) => e);
    expect(isAppError(error) && error.retryAfterMs).toBe(120_000);
    expect(waits).toEqual([]);
  });
});
