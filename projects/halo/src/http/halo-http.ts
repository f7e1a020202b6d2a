import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AppError, HaloSession, abortableFirst } from '@halo-outlook/core';
import { HaloHttpHandler } from './halo-http-handler';
import { HALO_API_REQUEST, HALO_REQUEST_SCOPE } from './halo-request-context';
import type { HaloRequestOptions } from './halo-request-options';

/** Query parameters of a Halo call; `undefined` and `null` values are left out. */
export type HaloQueryParams = Readonly<
  Record<string, string | number | boolean | readonly number[] | null | undefined>
>;

/**
 * The Halo client's transport: builds the URL below the session's API base, marks the request for
 * the Halo interceptors and returns the parsed JSON body. Endpoint classes build on it; it is not
 * handed to plugins.
 */
@Injectable()
export class HaloHttp {
  private readonly http = new HttpClient(inject(HaloHttpHandler));
  private readonly session = inject(HaloSession);

  /** `GET <api>/<path>?<params>` → the JSON body. */
  async get(
    path: string,
    params: HaloQueryParams = {},
    options: HaloRequestOptions = {},
  ): Promise<unknown> {
    const request = this.http.get<unknown>(this.url(path), {
      params: toHttpParams(params),
      context: context(options),
    });
    return abortableFirst(request, options.signal);
  }

  /** `POST <api>/<path>` with a JSON array, as every Halo write takes → the JSON body. */
  async post(
    path: string,
    items: readonly object[],
    options: HaloRequestOptions = {},
  ): Promise<unknown> {
    const body = items.map(withoutUndefined);
    const request = this.http.post<unknown>(this.url(path), body, { context: context(options) });
    return abortableFirst(request, options.signal);
  }

  private url(path: string): string {
    const base = this.session.apiUrl();
    if (base === null || base === '') {
      throw new AppError({
        kind: 'invalid-input',
        message: 'The Halo address is not set yet.',
        action: 'Open Settings and enter the address of your Halo.',
      });
    }
    return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  }
}

function context(options: HaloRequestOptions): HttpContext {
  return new HttpContext()
    .set(HALO_API_REQUEST, true)
    .set(HALO_REQUEST_SCOPE, options.scope ?? null);
}

function toHttpParams(params: HaloQueryParams): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    result = result.set(key, text);
  }
  return result;
}

/** The item without its `undefined` fields (what JSON would send), so writes show what they send. */
function withoutUndefined(item: object): object {
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined));
}
