import { isAppError } from '@halo-outlook/core';
import { withRetryPolicy } from '../provide/halo-client-feature';
import { admin, connect, simulatorUrls } from './simulator-session.spec';

interface LogBody {
  readonly count: number;
}

describe('Halo client against the simulator: failures', () => {
  beforeEach(async () => {
    await admin('reset', 'POST');
  });

  it('refreshes a rejected token once and retries', async () => {
    const { facades, session } = connect({ initialToken: 'not-a-valid-token' });
    const me = await facades.read().me();
    expect(me.id).toBe(2);
    expect(session.refreshes).toBe(1);
    const log = (await admin('log?method=GET&path=/api/agent/me')) as LogBody;
    expect(log.count).toBe(2);
  });

  it('retries 429s with backoff and succeeds when Halo lets it through', async () => {
    await admin('faults', 'POST', {
      route: '/api/Status',
      status: 429,
      body: 'Rate Limit Reached - 300 Requests per rolling 5 minute window',
      count: 2,
    });
    const { facades } = connect({
      features: [withRetryPolicy({ baseDelayMs: 20, maxDelayMs: 40 })],
    });
    expect((await facades.read().statuses()).length).toBeGreaterThan(0);
    expect(((await admin('log?method=GET&path=/api/status')) as LogBody).count).toBe(3);
  });

  it('stops retrying 429s at the cap and says so', async () => {
    await admin('faults', 'POST', { route: '/api/Team', status: 429, count: 'always' });
    const { facades } = connect({
      features: [withRetryPolicy({ maxRetries: 2, baseDelayMs: 20, maxDelayMs: 40 })],
    });
    const error: unknown = await facades
      .read()
      .teams()
      .catch((e: unknown) => e);
    expect(isAppError(error) && error.kind).toBe('rate-limited');
    expect(((await admin('log?method=GET&path=/api/team')) as LogBody).count).toBe(3);
  });

  it("classifies a failed CORS preflight and names this page's origin", async () => {
    const { facades } = connect({ base: simulatorUrls().corsClosedUrl });
    const error: unknown = await facades
      .read()
      .me()
      .catch((e: unknown) => e);
    expect(isAppError(error) && error.kind).toBe('cors');
    expect(isAppError(error) && error.action).toContain(`add ${location.origin} to the CORS list`);
  });

  it('says Halo could not be reached, not CORS, when nothing answers at its address', async () => {
    // Port 9 (discard) on the loopback address: no server listens there.
    const { facades } = connect({ base: 'http://127.0.0.1:9' });
    const error: unknown = await facades
      .read()
      .me()
      .catch((e: unknown) => e);
    expect(isAppError(error) && error.kind).toBe('offline');
    expect(isAppError(error) && error.message).toContain('could not be reached');
  });
});
