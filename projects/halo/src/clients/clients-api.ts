import { Injectable, inject } from '@angular/core';
import { StaleWhileRevalidateCache } from '../cache/stale-while-revalidate-cache';
import { abortablePromise } from '../http/abortable';
import { HALO_CLIENT_OPTIONS } from '../http/halo-client-options';
import { HaloHttp } from '../http/halo-http';
import type { HaloRequestOptions } from '../http/halo-request-options';
import { parseListPage } from '../http/parse-all';
import { requireRecord } from '../http/require-record';
import { type SenderLookupOptions, UsersApi } from '../users/users-api';
import { type HaloClient, parseClient } from './client';

/** Halo clients (customers): `/Client`. */
@Injectable()
export class ClientsApi {
  private readonly http = inject(HaloHttp);
  private readonly users = inject(UsersApi);
  private readonly senders = inject(StaleWhileRevalidateCache);
  private readonly maxAgeMs = inject(HALO_CLIENT_OPTIONS).senderMaxAgeMs;

  /** Active clients whose name contains `text` (at most `count`, default 25). */
  async search(
    text: string,
    count = 25,
    options: HaloRequestOptions = {},
  ): Promise<readonly HaloClient[]> {
    const body = await this.http.get('Client', { search: text.trim(), count }, options);
    return parseListPage(body, 'clients', parseClient).items;
  }

  /** One client by id. */
  async get(id: number, options: HaloRequestOptions = {}): Promise<HaloClient> {
    return requireRecord(parseClient(await this.http.get(`Client/${id}`, {}, options)), 'client');
  }

  /**
   * The clients of the users whose address is at `domain`, most users first. Halo has no
   * e-mail-domain filter on clients, so this reads the domain's users (the same request and cache
   * as `UsersApi.byEmailDomain`) and returns each client with the id and name the user rows carry
   * (`inactive` false, `topLevelId`/`website` null: call `get` for the full record).
   */
  byEmailDomain(domain: string, options: SenderLookupOptions = {}): Promise<readonly HaloClient[]> {
    const wanted = domain.trim().replace(/^@/, '').toLowerCase();
    const load = async () => {
      const users = await this.users.byEmailDomain(wanted, {
        scope: options.scope,
        freshness: 'fresh',
      });
      const counts = new Map<number, { name: string; users: number }>();
      for (const user of users) {
        if (user.clientId === null) continue;
        const seen = counts.get(user.clientId);
        counts.set(user.clientId, {
          name: seen?.name ?? user.clientName ?? `Client ${user.clientId}`,
          users: (seen?.users ?? 0) + 1,
        });
      }
      return [...counts.entries()]
        .sort(([, a], [, b]) => b.users - a.users)
        .map(([id, { name }]) => ({ id, name, inactive: false, topLevelId: null, website: null }));
    };
    const key = `clients:domain:${wanted}`;
    return abortablePromise(
      this.senders.get(key, load, this.maxAgeMs, options.freshness),
      options.signal,
    );
  }
}
