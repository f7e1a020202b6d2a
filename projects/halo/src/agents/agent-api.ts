import { Injectable, inject } from '@angular/core';
import { SessionCache } from '../cache/session-cache';
import { abortablePromise } from '../http/abortable';
import { HaloHttp } from '../http/halo-http';
import type { HaloRequestOptions } from '../http/halo-request-options';
import { requireRecord } from '../http/require-record';
import { type HaloAgent, parseAgent } from './agent';

/** The signed-in agent (`GET /Agent/me`), asked once per session. */
@Injectable()
export class AgentApi {
  private readonly http = inject(HaloHttp);
  private readonly cache = inject(SessionCache);

  /** The signed-in agent. */
  me(options: HaloRequestOptions = {}): Promise<HaloAgent> {
    const load = async () =>
      requireRecord(
        parseAgent(await this.http.get('Agent/me', {}, { scope: options.scope })),
        'agent',
      );
    return abortablePromise(this.cache.get('agent:me', load), options.signal);
  }
}
