import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { api, apiJson, withSimulator } from '../testing/sim-test-kit.js';

describe('control: latency, faults, request log, reset', () => {
  it('adds the configured latency and records it', () =>
    withSimulator({ latency: { fixedMs: 40, jitterMs: 0 } }, async (sim) => {
      const started = Date.now();
      assert.equal((await api(sim, '/Status')).status, 200);
      assert.ok(Date.now() - started >= 30, 'generous lower bound');
      sim.control.setLatency({ fixedMs: 5, jitterMs: 10 });
      await api(sim, '/Status');
      const log = sim.control.requestLog({ path: '/api/status' });
      assert.deepEqual(
        log.map((e) => e.delayMs >= 40),
        [true, false],
      );
      assert.ok(log[1] && log[1].delayMs >= 5 && log[1].delayMs < 15);
    }));

  it('logs method, path, query, time and status to count round trips', () =>
    withSimulator({}, async (sim) => {
      await api(sim, '/Tickets?client_id=1&count=5');
      await api(sim, '/Users?search=alice');
      const log = sim.control.requestLog();
      assert.equal(log.length, 2);
      assert.deepEqual(
        [log[0]?.method, log[0]?.path, log[0]?.query, log[0]?.status],
        ['GET', '/api/Tickets', { client_id: '1', count: '5' }, 200],
      );
      assert.match(log[0]?.time ?? '', /^\d{4}-/);
      assert.equal(sim.control.requestLog({ path: '/api/users' }).length, 1);
      sim.control.clearLog();
      assert.equal(sim.control.requestLog().length, 0);
    }));

  it('injects status faults by route and count, then recovers', () =>
    withSimulator({}, async (sim) => {
      const fault = sim.control.injectFault({ route: '/api/tickets', status: 503, count: 2 });
      assert.equal((await api(sim, '/Tickets')).status, 503);
      assert.equal((await api(sim, '/Agent/me')).status, 200, 'other routes untouched');
      assert.equal((await api(sim, '/tickets/1001')).status, 503);
      assert.equal((await api(sim, '/Tickets/1001')).status, 200);
      assert.equal(sim.control.requestLog({ path: '/api/tickets' })[0]?.fault, fault.id);
      sim.control.injectFault({
        method: 'POST',
        pattern: '^/api/actions$',
        status: 500,
        count: 'always',
      });
      assert.equal(
        (await api(sim, '/Actions', { method: 'POST', json: [{ ticket_id: 1001, outcome_id: 1 }] }))
          .status,
        500,
      );
      assert.equal((await api(sim, '/Actions?ticket_id=1001')).status, 200);
      sim.control.clearFaults();
      assert.equal(sim.control.faults().length, 0);
    }));

  it('drops connections and slows responses', () =>
    withSimulator({}, async (sim) => {
      sim.control.injectFault({ route: '/api/Tickets', drop: true });
      await assert.rejects(api(sim, '/Tickets'));
      sim.control.injectFault({ route: '/api/Status', delayMs: 30 });
      const started = Date.now();
      assert.equal((await api(sim, '/Status')).status, 200);
      assert.ok(Date.now() - started >= 20);
      assert.equal(sim.control.requestLog({ path: '/api/status' })[0]?.delayMs, 30);
    }));

  it('cuts the answer off after saving a write: the client gets no answer, Halo has the ticket', () =>
    withSimulator({}, async (sim) => {
      sim.control.injectFault({ route: '/api/Tickets', method: 'POST', dropAfterHandling: true });
      await assert.rejects(async () => {
        const cut = await api(sim, '/Tickets', {
          method: 'POST',
          json: [{ summary: 'lost answer', client_id: 1 }],
        });
        await cut.text();
      });
      assert.equal(sim.data.tickets.filter((t) => t.summary === 'lost answer').length, 1);
      const next = await api(sim, '/Tickets', {
        method: 'POST',
        json: [{ summary: 'answered', client_id: 1 }],
      });
      assert.equal(next.status, 201);
      assert.throws(() => sim.control.injectFault({ route: '/api/x' }), /dropAfterHandling/);
    }));

  it('resets the data to the seed', () =>
    withSimulator({}, async (sim) => {
      await api(sim, '/Tickets', { method: 'POST', json: [{ summary: 'temp', client_id: 1 }] });
      assert.equal(sim.data.tickets.length, 401);
      sim.control.reset();
      assert.equal(sim.data.tickets.length, 400);
      assert.equal(sim.control.requestLog().length, 0);
    }));

  it('mirrors control under /_sim', () =>
    withSimulator({}, async (sim) => {
      const admin = (path: string, init: RequestInit = {}) =>
        fetch(`${sim.url}/_sim${path}`, {
          ...init,
          headers: { 'Content-Type': 'application/json' },
        });
      assert.equal(
        (
          await admin('/faults', {
            method: 'POST',
            body: JSON.stringify({ route: '/api/Status', status: 429, count: 1 }),
          })
        ).status,
        201,
      );
      assert.equal((await api(sim, '/Status')).status, 429);
      const log = (await (await admin('/log')).json()) as {
        count: number;
        entries: { path: string; status: number }[];
      };
      assert.deepEqual(
        log.entries.map((e) => [e.path, e.status]),
        [['/api/Status', 429]],
      );
      assert.equal(
        (
          await admin('/latency', {
            method: 'PUT',
            body: JSON.stringify({ fixedMs: 3, jitterMs: 0 }),
          })
        ).status,
        200,
      );
      assert.deepEqual(sim.control.getLatency(), { fixedMs: 3, jitterMs: 0 });
      const token = (await (
        await admin('/tokens', {
          method: 'POST',
          body: JSON.stringify({ agent: 'blair', scope: 'all' }),
        })
      ).json()) as { access_token: string };
      assert.equal(
        (await apiJson<{ id: number }>(sim, '/Agent/me', { token: token.access_token })).body.id,
        3,
      );
      assert.equal((await admin('/reset', { method: 'POST' })).status, 200);
      assert.deepEqual(sim.control.getLatency(), { fixedMs: 0, jitterMs: 0 });
      assert.equal((await admin('/')).status, 200);
    }));
});

describe('rate limit', () => {
  it("answers 429 with Halo's message past the limit", () =>
    withSimulator({ rateLimit: { max: 3, windowMs: 300_000 } }, async (sim) => {
      const token = sim.control.issueToken().access_token;
      for (let i = 0; i < 3; i++) assert.equal((await api(sim, '/Status', { token })).status, 200);
      const limited = await api(sim, '/Status', { token });
      assert.equal(limited.status, 429);
      assert.equal(
        await limited.text(),
        'Rate Limit Reached - 3 Requests per rolling 5 minute window',
      );
      sim.control.setRateLimit(false);
      assert.equal((await api(sim, '/Status', { token })).status, 200);
    }));

  it('uses the real numbers by default and can send Retry-After', async () => {
    await withSimulator(
      { rateLimit: { max: 1, windowMs: 300_000, retryAfterSeconds: 7 } },
      async (sim) => {
        await api(sim, '/Status');
        const limited = await api(sim, '/Status');
        assert.equal(limited.headers.get('retry-after'), '7');
      },
    );
    const { rateLimitMessage } = await import('./rolling-rate-limiter.js');
    assert.equal(
      rateLimitMessage({ max: 300, windowMs: 300_000 }),
      'Rate Limit Reached - 300 Requests per rolling 5 minute window',
    );
  });
});
