import { HttpErrorResponse, HttpResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { DiagnosticsLog } from '@halo-outlook/core';
import { tap } from 'rxjs';
import { HALO_ENVIRONMENT } from './halo-environment';
import { HALO_REQUEST_SCOPE, haloPath, isHaloApiRequest } from './halo-request-context';
import { RequestLedger } from './request-ledger';

/**
 * Counts each round trip that reaches the network in the {@link RequestLedger} (innermost, so
 * retries count and shared or cached answers do not) and records it in the diagnostics trail.
 */
export const haloLedgerInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isHaloApiRequest(req)) return next(req);
  const ledger = inject(RequestLedger);
  const log = inject(DiagnosticsLog);
  const env = inject(HALO_ENVIRONMENT);
  const started = env.now();
  const scope = req.context.get(HALO_REQUEST_SCOPE);
  const path = haloPath(req);
  const done = (status: number) => {
    const durationMs = env.now() - started;
    ledger.record({ scope, method: req.method, path, status, durationMs });
    log.record('halo.http', 'debug', `${req.method} ${path} ${status}`, {
      ms: durationMs,
      scope,
    });
  };
  return next(req).pipe(
    tap({
      next: (event) => {
        if (event instanceof HttpResponse) done(event.status);
      },
      error: (error: unknown) => done(error instanceof HttpErrorResponse ? error.status : 0),
    }),
  );
};
