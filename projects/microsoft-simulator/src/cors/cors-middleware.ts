import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { originAllowed } from './origin-patterns.js';

/**
 * CORS for an allowed origin list (patterns as {@link originAllowed}): echoes the origin, answers
 * preflights with 204 and the requested headers, and exposes Graph's `request-id` headers. Requests
 * from other origins get no CORS headers (the browser refuses to read them).
 */
export function corsFor(patterns: readonly string[], methods = 'GET, OPTIONS'): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.get('origin');
    res.vary('Origin');
    if (origin && originAllowed(origin, patterns)) {
      res.set('Access-Control-Allow-Origin', origin);
      res.set('Access-Control-Expose-Headers', 'request-id, client-request-id, Location');
      if (req.method === 'OPTIONS' && req.get('access-control-request-method')) {
        res.set('Access-Control-Allow-Methods', methods);
        res.set(
          'Access-Control-Allow-Headers',
          req.get('access-control-request-headers') ?? 'Authorization, Content-Type',
        );
        res.set('Access-Control-Max-Age', '600');
        return void res.status(204).end();
      }
    }
    if (req.method === 'OPTIONS') return void res.status(204).end();
    next();
  };
}
