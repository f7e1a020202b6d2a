import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { HaloQuery } from '../http/halo-query.js';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import { rateLimitMessage } from './rolling-rate-limiter.js';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function defaultFaultBody(status: number): string {
  if (status === 429) return rateLimitMessage({ max: 300, windowMs: 300_000 });
  if (status === 401) return 'Unauthorized';
  if (status === 403) return 'Forbidden';
  if (status === 404) return 'Not Found';
  if (status === 503) return 'Service Unavailable';
  return 'An error occurred while processing your request.';
}

/**
 * Test-facility traffic shaping for `/api` and `/auth`: records each request in the log, adds the
 * configured latency (fixed + jitter) and applies injected faults (status, dropped connection before
 * or after handling, delay).
 * `beforeFault` lets the caller add headers (CORS) to a faulted answer.
 */
export function trafficMiddleware(
  ctx: SimulatorContext,
  beforeFault: (req: Request, res: Response) => void = () => undefined,
): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const path = new URL(req.originalUrl, 'http://sim.invalid').pathname;
    const entry = ctx.log.start(
      req.method,
      path,
      HaloQuery.rawObject(req),
      req.get('origin') ?? null,
    );
    res.on('finish', () => {
      entry.status = res.statusCode;
    });
    if (ctx.options.logRequests)
      res.on('finish', () =>
        process.stderr.write(`${req.method} ${req.originalUrl} -> ${res.statusCode}\n`),
      );

    const { fixedMs, jitterMs } = ctx.latency;
    let delay = fixedMs + (jitterMs > 0 ? Math.floor(ctx.jitter.next() * jitterMs) : 0);
    const fault = ctx.faults.take(req.method, path);
    if (fault) {
      entry.fault = fault.id;
      delay += fault.spec.delayMs ?? 0;
    }
    entry.delayMs = delay;
    if (delay > 0) await sleep(delay);

    if (fault?.spec.drop) {
      req.socket.destroy();
      return;
    }
    if (fault?.spec.dropAfterHandling) {
      // Let the handler do its work, then cut its answer off after the headers and a part of the
      // body. (A connection closed before any byte of the answer would be sent again by the
      // browser on its own when it was a reused keep-alive connection: a client could not see it.)
      const write = res.write.bind(res) as (chunk: string) => boolean;
      res.end = ((chunk?: unknown) => {
        const body = typeof chunk === 'string' || Buffer.isBuffer(chunk) ? String(chunk) : '';
        write(body.slice(0, Math.max(1, Math.floor(body.length / 2))));
        setImmediate(() => req.socket.destroy());
        return res;
      }) as Response['end'];
      next();
      return;
    }
    if (fault?.spec.status !== undefined) {
      beforeFault(req, res);
      const body = fault.spec.body ?? defaultFaultBody(fault.spec.status);
      if (typeof body === 'string')
        res.status(fault.spec.status).type('text/plain; charset=utf-8').send(body);
      else res.status(fault.spec.status).json(body);
      return;
    }
    next();
  };
}
