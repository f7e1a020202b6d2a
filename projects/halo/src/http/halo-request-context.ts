import { HttpContextToken, type HttpRequest } from '@angular/common/http';

/** Marks a request as a call to the Halo API; the Halo interceptors act on marked requests only. */
export const HALO_API_REQUEST = new HttpContextToken<boolean>(() => false);

/**
 * The scope a request is counted under in the {@link RequestLedger} (for example one e-mail's id),
 * or `null` for requests outside any scope.
 */
export const HALO_REQUEST_SCOPE = new HttpContextToken<string | null>(() => null);

/** True when `req` is a Halo API call made by this library. */
export function isHaloApiRequest(req: HttpRequest<unknown>): boolean {
  return req.context.get(HALO_API_REQUEST);
}

/** The path of a request below the API base (`/Tickets`), for messages and diagnostics. */
export function haloPath(req: HttpRequest<unknown>): string {
  const match = /\/api(\/[^?#]*)/i.exec(req.url);
  return match?.[1] ?? req.url;
}
