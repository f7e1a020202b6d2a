import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { InFlightRequests } from './in-flight-requests';
import { isHaloApiRequest } from './halo-request-context';

/**
 * De-duplicates identical Halo GETs in flight (same URL and parameters): the later caller shares
 * the earlier caller's request and answer. Writes are never shared.
 */
export const haloInFlightInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isHaloApiRequest(req) || req.method !== 'GET') return next(req);
  return inject(InFlightRequests).join(`${req.responseType} ${req.urlWithParams}`, () => next(req));
};
