import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { applyCorsHeaders, isLocalOrigin } from '../cors/halo-cors.js';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import type { HaloVariants } from '../simulator/simulator-options.js';
import type { SimulatorControl } from '../simulator/simulator-control.js';
import type { FaultSpec } from './fault-rules.js';

function asRecord(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function toFaultSpec(body: Record<string, unknown>): FaultSpec {
  const str = (name: string): string | undefined =>
    typeof body[name] === 'string' ? (body[name] as string) : undefined;
  const count = body['count'];
  return {
    method: str('method'),
    route: str('route'),
    pattern: str('pattern'),
    status: num(body['status']),
    body: body['body'],
    drop: body['drop'] === true,
    dropAfterHandling: body['dropAfterHandling'] === true,
    delayMs: num(body['delayMs']),
    count: count === 'always' ? 'always' : num(count),
  };
}

/**
 * The admin API under `/_sim` — a TEST FACILITY, not part of Halo: no OAuth, CORS open to any
 * localhost origin. Mirrors {@link SimulatorControl}.
 */
export function adminRoutes(ctx: SimulatorContext, control: SimulatorControl): Router {
  const router = express.Router();
  router.use((req: Request, res: Response, next: NextFunction) => {
    applyCorsHeaders(req, res, isLocalOrigin);
    if (req.method === 'OPTIONS') {
      if (req.get('origin') && isLocalOrigin(req.get('origin') ?? '')) {
        res.set('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
        res.set(
          'Access-Control-Allow-Headers',
          req.get('access-control-request-headers') ?? 'Content-Type',
        );
      }
      return void res.status(204).end();
    }
    next();
  });
  router.use(express.json({ limit: '1mb' }));

  router.get('/', (_req, res) => {
    res.json({
      note: 'halo-simulator admin API (test facility, not part of HaloPSA)',
      url: ctx.baseUrl,
      clientId: ctx.options.clientId,
      tenant: ctx.options.tenant,
      agents: ctx.store.data.agents
        .filter((a) => a.login)
        .map((a) => ({ id: a.id, login: a.login, name: a.name, disabled: a.isdisabled })),
      latency: ctx.latency,
      rateLimit: ctx.rateLimiter.current,
      variants: ctx.options.variants,
      counts: {
        clients: ctx.store.data.clients.length,
        sites: ctx.store.data.sites.length,
        users: ctx.store.data.users.length,
        tickets: ctx.store.data.tickets.length,
        actions: ctx.store.data.actions.length,
        attachments: ctx.store.data.attachments.length,
        emailRules: ctx.store.data.emailRules.length,
      },
    });
  });
  router.post('/reset', (_req, res) => {
    control.reset();
    res.json({ ok: true });
  });
  router.get('/log', (req, res) => {
    const method = typeof req.query['method'] === 'string' ? req.query['method'] : undefined;
    const path = typeof req.query['path'] === 'string' ? req.query['path'] : undefined;
    const entries = control.requestLog({ method, path });
    res.json({ count: entries.length, entries });
  });
  router.delete('/log', (_req, res) => {
    control.clearLog();
    res.json({ ok: true });
  });
  router.get('/latency', (_req, res) => {
    res.json(control.getLatency());
  });
  router.put('/latency', (req, res) => {
    const body = asRecord(req.body);
    try {
      control.setLatency({
        fixedMs: num(body['fixedMs']) ?? 0,
        jitterMs: num(body['jitterMs']) ?? 0,
      });
      res.json(control.getLatency());
    } catch (error) {
      res.status(400).json({ error: String(error) });
    }
  });
  router.get('/faults', (_req, res) => {
    res.json(control.faults());
  });
  router.post('/faults', (req, res) => {
    try {
      res.status(201).json(control.injectFault(toFaultSpec(asRecord(req.body))));
    } catch (error) {
      res.status(400).json({ error: error instanceof Error ? error.message : String(error) });
    }
  });
  router.delete('/faults', (_req, res) => {
    control.clearFaults();
    res.json({ ok: true });
  });
  router.put('/rate-limit', (req, res) => {
    const body = asRecord(req.body);
    const max = num(body['max']);
    const windowMs = num(body['windowMs']);
    if (body['enabled'] === false) control.setRateLimit(false);
    else if (max !== undefined && windowMs !== undefined)
      control.setRateLimit({ max, windowMs, retryAfterSeconds: num(body['retryAfterSeconds']) });
    else
      return void res
        .status(400)
        .json({ error: 'send { max, windowMs[, retryAfterSeconds] } or { enabled: false }' });
    res.json({ rateLimit: ctx.rateLimiter.current });
  });
  router.put('/variants', (req, res) => {
    try {
      res.json({ variants: control.setVariants(req.body as Partial<HaloVariants>) });
    } catch (error) {
      res.status(400).json({ error: error instanceof Error ? error.message : String(error) });
    }
  });
  router.post('/tokens', (req, res) => {
    const body = asRecord(req.body);
    const agent =
      typeof body['agent'] === 'string' || typeof body['agent'] === 'number'
        ? body['agent']
        : undefined;
    try {
      res.status(201).json(
        control.issueToken({
          agent,
          scope: typeof body['scope'] === 'string' ? body['scope'] : undefined,
          ttlSeconds: num(body['ttlSeconds']),
        }),
      );
    } catch (error) {
      res.status(400).json({ error: error instanceof Error ? error.message : String(error) });
    }
  });
  return router;
}
