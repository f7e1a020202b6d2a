import { Injectable, inject } from '@angular/core';
import { SessionCache } from '../cache/session-cache';
import { abortablePromise } from '../http/abortable';
import { HaloHttp } from '../http/halo-http';
import type { HaloRequestOptions } from '../http/halo-request-options';
import { parseListPage } from '../http/parse-all';
import { type HaloEmailRule, parseEmailRule } from './email-rule';

/**
 * Halo's e-mail rules (`/EmailRule`), asked once per session (a bare array or
 * `{ emailrules: [...] }`, both read) and shared; clear `SessionCache` on sign-out. A tenant may not
 * let the agent read them: the call then rejects with an `AppError` of kind `forbidden`.
 */
@Injectable()
export class EmailRulesApi {
  private readonly http = inject(HaloHttp);
  private readonly cache = inject(SessionCache);

  /** Every e-mail rule, in Halo's sequence order (lowest first). */
  list(options: HaloRequestOptions = {}): Promise<readonly HaloEmailRule[]> {
    const load = async () =>
      [
        ...parseListPage(
          await this.http.get('EmailRule', {}, { scope: options.scope }),
          'emailrules',
          parseEmailRule,
        ).items,
      ].sort((a, b) => a.sequence - b.sequence);
    return abortablePromise(this.cache.get('emailrules:all', load), options.signal);
  }
}
