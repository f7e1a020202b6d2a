import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { HaloSession } from '@halo-outlook/core';
import { catchError, defer, switchMap, throwError } from 'rxjs';
import { isHaloApiRequest } from './halo-request-context';

/**
 * Adds `Authorization: Bearer <token>` from core's {@link HaloSession} to Halo calls. On a 401 it
 * asks the session for a new token (the session makes one refresh for any number of concurrent
 * 401s) and retries the request once; a second 401 is passed on.
 */
export const haloAuthInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isHaloApiRequest(req)) return next(req);
  const session = inject(HaloSession);
  const send = (token: string) =>
    next(req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }));
  return defer(() => session.getAccessToken()).pipe(
    switchMap((token) =>
      send(token).pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && error.status === 401
            ? defer(() => session.refreshAfterRejection(token)).pipe(switchMap(send))
            : throwError(() => error),
        ),
      ),
    ),
  );
};
