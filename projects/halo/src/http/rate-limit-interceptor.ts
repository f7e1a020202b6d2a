import { type HttpEvent, HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { DiagnosticsLog, parseRetryAfter } from '@halo-outlook/core';
import { type Observable, catchError, switchMap, take, throwError } from 'rxjs';
import { HALO_CLIENT_OPTIONS } from './halo-client-options';
import { HALO_ENVIRONMENT } from './halo-environment';
import { haloPath, isHaloApiRequest } from './halo-request-context';
import { planRetry } from './retry-policy';

/**
 * Retries Halo calls answered 429 (nothing was done, so writes are safe to repeat too): waits as
 * `Retry-After` asks when present, otherwise an exponential backoff with jitter, within the
 * retry policy's caps on retries and total wait. When the caps are reached the 429 is passed on.
 */
export const haloRateLimitInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isHaloApiRequest(req)) return next(req);
  const policy = inject(HALO_CLIENT_OPTIONS).retry;
  const env = inject(HALO_ENVIRONMENT);
  const log = inject(DiagnosticsLog);
  const attempt = (retries: number, waitedMs: number): Observable<HttpEvent<unknown>> =>
    next(req).pipe(
      catchError((error: unknown) => {
        if (!(error instanceof HttpErrorResponse) || error.status !== 429) {
          return throwError(() => error);
        }
        const retryAfterMs = parseRetryAfter(error.headers.get('Retry-After'), env.now());
        const delay = planRetry({ attempt: retries, waitedMs, retryAfterMs }, policy, env.random);
        const request = `${req.method} ${haloPath(req)}`;
        if (delay === null) {
          log.record('halo.http', 'warn', `${request}: rate limited, giving up`, {
            retries,
            waitedMs,
          });
          return throwError(() => error);
        }
        log.record('halo.http', 'info', `${request}: rate limited, retrying`, {
          retry: retries + 1,
          delayMs: delay,
        });
        return env.wait(delay).pipe(
          take(1),
          switchMap(() => attempt(retries + 1, waitedMs + delay)),
        );
      }),
    );
  return attempt(0, 0);
};
