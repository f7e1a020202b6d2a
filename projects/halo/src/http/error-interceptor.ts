import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { DiagnosticsLog, toAppError } from '@halo-outlook/core';
import { type Observable, catchError, from, of, switchMap, throwError } from 'rxjs';
import { classifyHttpError } from './classify-http-error';
import { HALO_ENVIRONMENT } from './halo-environment';
import { haloPath, isHaloApiRequest } from './halo-request-context';

/**
 * Turns every failure of a Halo call into an `AppError` (see {@link classifyHttpError}) and records
 * it in the diagnostics trail, so callers only ever see errors a user can act on. A failure with no
 * status while online is probed once, so "Halo is down" is not reported as a CORS problem.
 */
export const haloErrorInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isHaloApiRequest(req)) return next(req);
  const env = inject(HALO_ENVIRONMENT);
  const log = inject(DiagnosticsLog);
  const request = `${req.method} ${haloPath(req)}`;
  return next(req).pipe(
    catchError((error: unknown) => {
      const online = env.isOnline();
      const probe: Observable<boolean | undefined> =
        error instanceof HttpErrorResponse && error.status === 0 && online
          ? from(env.reachable(req.url))
          : of(undefined);
      return probe.pipe(
        switchMap((reachable) => {
          const appError =
            error instanceof HttpErrorResponse
              ? classifyHttpError(error, {
                  request,
                  online,
                  reachable,
                  origin: env.origin(),
                  now: env.now(),
                })
              : toAppError(error);
          log.record('halo.http', 'error', `${request} failed: ${appError.kind}`, {
            detail: appError.detail ?? appError.message,
          });
          return throwError(() => appError);
        }),
      );
    }),
  );
};
