import { Injectable, inject } from '@angular/core';
import { SessionCache } from '../cache/session-cache';
import { abortablePromise } from '../http/abortable';
import { type HaloQueryParams, HaloHttp } from '../http/halo-http';
import type { HaloRequestOptions } from '../http/halo-request-options';
import { parseListPage } from '../http/parse-all';
import { type HaloFieldInfo, parseFieldInfo } from './field-info';
import { type HaloOutcome, parseOutcome } from './outcome';
import { type HaloPriority, parsePriority } from './priority';
import { type HaloStatus, parseStatus } from './status';
import { type HaloTeam, parseTeam } from './team';
import { type HaloTicketType, parseTicketType } from './ticket-type';

/**
 * Halo's reference data: ticket types, statuses, outcomes, teams, priorities and custom field
 * definitions. Each list is asked once per session (bare array or envelope, both read) and shared;
 * clear `SessionCache` on sign-out.
 */
@Injectable()
export class ReferenceDataApi {
  private readonly http = inject(HaloHttp);
  private readonly cache = inject(SessionCache);

  /** Ticket types agents may pick (`/TicketType`). */
  ticketTypes(options: HaloRequestOptions = {}): Promise<readonly HaloTicketType[]> {
    return this.list('TicketType', 'tickettypes', parseTicketType, {}, options);
  }

  /** Ticket statuses (`/Status?type=ticket`). */
  statuses(options: HaloRequestOptions = {}): Promise<readonly HaloStatus[]> {
    return this.list('Status', 'statuses', parseStatus, { type: 'ticket' }, options);
  }

  /** Action outcomes (`/Outcome`): let the user pick one and write its id. */
  outcomes(options: HaloRequestOptions = {}): Promise<readonly HaloOutcome[]> {
    return this.list('Outcome', 'outcomes', parseOutcome, {}, options);
  }

  /** Teams (`/Team`). */
  teams(options: HaloRequestOptions = {}): Promise<readonly HaloTeam[]> {
    return this.list('Team', 'teams', parseTeam, {}, options);
  }

  /** Priorities (`/Priority`), keyed by their numeric id. */
  priorities(options: HaloRequestOptions = {}): Promise<readonly HaloPriority[]> {
    return this.list('Priority', 'priorities', parsePriority, {}, options);
  }

  /** Custom field definitions (`/FieldInfo`); `typeId` 1 = tickets, 2 = clients, 3 = sites. */
  fieldInfo(typeId?: number, options: HaloRequestOptions = {}): Promise<readonly HaloFieldInfo[]> {
    return this.list('FieldInfo', 'fields', parseFieldInfo, { typeid: typeId }, options);
  }

  private list<T>(
    path: string,
    key: string,
    parse: (raw: unknown) => T | null,
    params: HaloQueryParams,
    options: HaloRequestOptions,
  ): Promise<readonly T[]> {
    const cacheKey = `reference:${path}:${JSON.stringify(params)}`;
    const load = async () =>
      parseListPage(await this.http.get(path, params, { scope: options.scope }), key, parse).items;
    return abortablePromise(this.cache.get(cacheKey, load), options.signal);
  }
}
