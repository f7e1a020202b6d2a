import { HttpResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { DiagnosticsLog } from '@halo-outlook/core';
import { tap } from 'rxjs';
import { isRecord } from '../parsing/read-list';
import { haloPath, isHaloApiRequest } from './halo-request-context';

/**
 * Records every `_warning` Halo puts on a successful answer in the diagnostics trail. Halo reports
 * partial failures this way (an attachment it could not save) with a 2xx status; the endpoints
 * also return them to the caller as a `partial` {@link HaloWriteResult}.
 */
export const haloWarningInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isHaloApiRequest(req)) return next(req);
  const log = inject(DiagnosticsLog);
  return next(req).pipe(
    tap((event) => {
      if (!(event instanceof HttpResponse)) return;
      const body: unknown = Array.isArray(event.body) ? event.body[0] : event.body;
      const warning = isRecord(body) ? body['_warning'] : undefined;
      if (typeof warning === 'string' && warning !== '') {
        log.record('halo.http', 'warn', `${req.method} ${haloPath(req)}: Halo warned`, {
          warning,
          status: event.status,
        });
      }
    }),
  );
};
