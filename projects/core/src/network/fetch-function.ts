import { InjectionToken } from '@angular/core';

/**
 * The `fetch` core uses for discovery and the token endpoint. It is deliberately not Angular's
 * `HttpClient`, so that the data layer's interceptors (bearer token, retry) never touch these
 * anonymous calls. Specs provide their own to answer with real `Response` objects.
 */
export const FETCH = new InjectionToken<typeof fetch>('FETCH', {
  providedIn: 'root',
  factory: () => globalThis.fetch.bind(globalThis),
});
