import { Injectable, inject } from '@angular/core';
import { type Freshness, StaleWhileRevalidateCache } from '../cache/stale-while-revalidate-cache';
import { abortablePromise } from '../http/abortable';
import { HALO_CLIENT_OPTIONS } from '../http/halo-client-options';
import { HaloHttp } from '../http/halo-http';
import type { HaloRequestOptions } from '../http/halo-request-options';
import { parseListPage } from '../http/parse-all';
import { requireRecord } from '../http/require-record';
import { type HaloWriteResult, readWriteResult } from '../http/write-result';
import type { ListPage } from '../parsing/read-list';
import type { NewHaloUser } from './new-user';
import { type HaloUser, parseUser } from './user';

/** Options of a sender lookup. */
export interface SenderLookupOptions extends HaloRequestOptions {
  /** `cached` (default): a cached answer at once, refreshed behind when stale; `fresh`: wait. */
  readonly freshness?: Freshness;
}

const SEARCH_LIMIT = 100;

/** Halo users (contacts): `/Users`. */
@Injectable()
export class UsersApi {
  private readonly http = inject(HaloHttp);
  private readonly senders = inject(StaleWhileRevalidateCache);
  private readonly maxAgeMs = inject(HALO_CLIENT_OPTIONS).senderMaxAgeMs;

  /**
   * The users whose e-mail address is exactly `email` (case-insensitive). Halo has no e-mail filter:
   * `search` matches names and addresses partly, so the rows are filtered here. One request, or none
   * when cached (stale-while-revalidate).
   */
  byEmail(email: string, options: SenderLookupOptions = {}): Promise<readonly HaloUser[]> {
    const wanted = email.trim().toLowerCase();
    const load = async () =>
      (await this.search(wanted, options)).filter((u) => u.email?.toLowerCase() === wanted);
    const key = `users:email:${wanted}`;
    return abortablePromise(
      this.senders.get(key, load, this.maxAgeMs, options.freshness),
      options.signal,
    );
  }

  /** The users whose address is at `domain` (`@contoso.example`). One request, or none when cached. */
  byEmailDomain(domain: string, options: SenderLookupOptions = {}): Promise<readonly HaloUser[]> {
    const wanted = domain.trim().replace(/^@/, '').toLowerCase();
    const load = async () =>
      (await this.search(`@${wanted}`, options)).filter(
        (u) => u.email?.toLowerCase().endsWith(`@${wanted}`) ?? false,
      );
    const key = `users:domain:${wanted}`;
    return abortablePromise(
      this.senders.get(key, load, this.maxAgeMs, options.freshness),
      options.signal,
    );
  }

  /** One page of a client's users. */
  async byClient(
    clientId: number,
    page: { readonly count?: number } = {},
    options: HaloRequestOptions = {},
  ): Promise<ListPage<HaloUser>> {
    const body = await this.http.get(
      'Users',
      { client_id: clientId, count: page.count ?? SEARCH_LIMIT },
      options,
    );
    return parseListPage(body, 'users', parseUser);
  }

  /** One user by id. */
  async get(id: number, options: HaloRequestOptions = {}): Promise<HaloUser> {
    return requireRecord(parseUser(await this.http.get(`Users/${id}`, {}, options)), 'user');
  }

  /** Creates a user; the sender caches for its address and domain are refreshed next time. */
  async create(
    user: NewHaloUser,
    options: HaloRequestOptions = {},
  ): Promise<HaloWriteResult<HaloUser>> {
    const body = await this.http.post(
      'Users',
      [
        {
          name: user.name,
          emailaddress: user.email,
          site_id: user.siteId,
          client_id: user.clientId,
          phonenumber: user.phone,
        },
      ],
      options,
    );
    if (user.email !== undefined) {
      const email = user.email.trim().toLowerCase();
      this.senders.invalidate(`users:email:${email}`);
      const domain = email.split('@')[1] ?? '';
      this.senders.invalidate(`users:domain:${domain}`);
      this.senders.invalidate(`clients:domain:${domain}`);
      this.senders.invalidate(`sites:domain:${domain}`);
    }
    return readWriteResult(body, 'users', 'contact', parseUser);
  }

  private async search(text: string, options: HaloRequestOptions): Promise<readonly HaloUser[]> {
    const body = await this.http.get(
      'Users',
      { search: text, count: SEARCH_LIMIT },
      // No caller's signal: the answer is cached and shared, so one caller's abort must not end it.
      { scope: options.scope },
    );
    return parseListPage(body, 'users', parseUser).items;
  }
}
