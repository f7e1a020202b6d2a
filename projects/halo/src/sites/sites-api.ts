import { Injectable, inject } from '@angular/core';
import { StaleWhileRevalidateCache } from '../cache/stale-while-revalidate-cache';
import { ClientsApi } from '../clients/clients-api';
import { abortablePromise } from '../http/abortable';
import { HALO_CLIENT_OPTIONS } from '../http/halo-client-options';
import { HaloHttp } from '../http/halo-http';
import type { HaloRequestOptions } from '../http/halo-request-options';
import { parseListPage } from '../http/parse-all';
import { requireRecord } from '../http/require-record';
import type { SenderLookupOptions } from '../users/users-api';
import { type HaloSite, parseSite } from './site';

/** At most this many clients are asked for their sites in a domain lookup. */
const DOMAIN_CLIENT_LIMIT = 5;

/** Halo sites: `/Site`. */
@Injectable()
export class SitesApi {
  private readonly http = inject(HaloHttp);
  private readonly clients = inject(ClientsApi);
  private readonly senders = inject(StaleWhileRevalidateCache);
  private readonly maxAgeMs = inject(HALO_CLIENT_OPTIONS).senderMaxAgeMs;

  /** The active sites of a client (at most 100). */
  async byClient(clientId: number, options: HaloRequestOptions = {}): Promise<readonly HaloSite[]> {
    const body = await this.http.get('Site', { client_id: clientId, count: 100 }, options);
    return parseListPage(body, 'sites', parseSite).items;
  }

  /** One site by id. */
  async get(id: number, options: HaloRequestOptions = {}): Promise<HaloSite> {
    return requireRecord(parseSite(await this.http.get(`Site/${id}`, {}, options)), 'site');
  }

  /**
   * The sites whose mail-intake domain (`emaildomain` or `todomain`) is `domain`. Halo cannot filter
   * sites by domain, so this takes the clients of the domain's users (`ClientsApi.byEmailDomain`:
   * one request, shared with the user lookup) and reads the sites of the first five of them in
   * parallel: 1 + up to 5 requests cold, none while cached (stale-while-revalidate).
   */
  byEmailDomain(domain: string, options: SenderLookupOptions = {}): Promise<readonly HaloSite[]> {
    const wanted = domain.trim().replace(/^@/, '').toLowerCase();
    const load = async () => {
      const clients = await this.clients.byEmailDomain(wanted, {
        scope: options.scope,
        freshness: 'fresh',
      });
      const sites = await Promise.all(
        clients
          .slice(0, DOMAIN_CLIENT_LIMIT)
          .map((client) => this.byClient(client.id, { scope: options.scope })),
      );
      return sites.flat().filter((s) => s.emailDomain === wanted || s.toDomain === wanted);
    };
    const key = `sites:domain:${wanted}`;
    return abortablePromise(
      this.senders.get(key, load, this.maxAgeMs, options.freshness),
      options.signal,
    );
  }
}
