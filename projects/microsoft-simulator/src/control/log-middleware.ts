import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { MicrosoftRequestLog, MicrosoftRequestLogEntry, RequestArea } from './request-log.js';

/** The log entry of the current request (set by {@link logRequests}). */
export function logEntryOf(res: Response): MicrosoftRequestLogEntry | undefined {
  return res.locals['msLogEntry'] as MicrosoftRequestLogEntry | undefined;
}

function queryOf(url: string): Record<string, string> {
  const query: Record<string, string> = {};
  new URL(url, 'https://127.0.0.1').searchParams.forEach((value, name) => {
    query[name] = value;
  });
  return query;
}

/**
 * Records every request of an area in the log (its status once answered), and prints one line per
 * request to stderr when `print` is on.
 */
export function logRequests(
  log: MicrosoftRequestLog,
  area: RequestArea,
  print: boolean,
): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const url = req.originalUrl;
    const entry = log.start(
      area,
      req.method,
      url.split('?')[0] ?? url,
      queryOf(url),
      req.get('origin') ?? null,
    );
    res.locals['msLogEntry'] = entry;
    res.on('finish', () => {
      entry.status = res.statusCode;
      if (print) {
        process.stderr.write(`microsoft-simulator: ${req.method} ${url} → ${res.statusCode}\n`);
      }
    });
    next();
  };
}
