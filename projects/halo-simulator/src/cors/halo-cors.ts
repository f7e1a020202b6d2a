import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Methods and headers a Halo API application allows cross-origin. */
const ALLOW_METHODS = 'GET, POST, PUT, DELETE, OPTIONS';
const DEFAULT_ALLOW_HEADERS = 'Authorization, Content-Type';
const EXPOSE_HEADERS = 'Content-Disposition, WWW-Authenticate, Retry-After';

/** Sets the response CORS headers when the request's origin is allowed; returns whether it is. */
export function applyCorsHeaders(
  req: Request,
  res: Response,
  isAllowed: (origin: string) => boolean,
): boolean {
  const origin = req.get('origin');
  if (origin === undefined || !isAllowed(origin)) return false;
  res.set('Access-Control-Allow-Origin', origin);
  res.set('Vary', 'Origin');
  res.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  return true;
}

/**
 * CORS as an ASP.NET-hosted Halo API application answers it: origins on the allow-list get the
 * CORS headers; any other origin gets none, so the browser fails the call at preflight (no HTTP
 * status visible to the page). Preflights are answered 204 either way.
 */
export function haloCors(isAllowed: (origin: string) => boolean): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const allowed = applyCorsHeaders(req, res, isAllowed);
    if (req.method === 'OPTIONS' && req.get('access-control-request-method')) {
      if (allowed) {
        res.set('Access-Control-Allow-Methods', ALLOW_METHODS);
        res.set(
          'Access-Control-Allow-Headers',
          req.get('access-control-request-headers') ?? DEFAULT_ALLOW_HEADERS,
        );
        res.set('Access-Control-Max-Age', '600');
      }
      res.status(204).end();
      return;
    }
    next();
  };
}

/** An exact-match allow-list check (origins compared case-insensitively, no trailing slash). */
export function originAllowList(origins: readonly string[]): (origin: string) => boolean {
  const set = new Set(origins.map((o) => o.toLowerCase().replace(/\/$/, '')));
  return (origin) => set.has(origin.toLowerCase());
}

/** The admin API's permissive check: any http(s) origin on localhost or 127.0.0.1. */
export function isLocalOrigin(origin: string): boolean {
  return /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/i.test(origin);
}
