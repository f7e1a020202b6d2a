import type { HaloAction } from '../actions/action';
import type { HaloActionQuery } from '../actions/actions-api';
import type { HaloAgent } from '../agents/agent';
import type { HaloClient } from '../clients/client';
import type { HaloEmailRule } from '../email-rules/email-rule';
import type { ListPage } from '../parsing/read-list';
import type { HaloFieldInfo } from '../reference-data/field-info';
import type { HaloOutcome } from '../reference-data/outcome';
import type { HaloPriority } from '../reference-data/priority';
import type { HaloStatus } from '../reference-data/status';
import type { HaloTeam } from '../reference-data/team';
import type { HaloTicketType } from '../reference-data/ticket-type';
import type { HaloSite } from '../sites/site';
import type { HaloTicket } from '../tickets/ticket';
import type { HaloTicketQuery } from '../tickets/ticket-query';
import type { HaloUser } from '../users/user';
import type { HaloCallOptions, HaloLookupOptions } from './halo-call-options';

/**
 * What a matcher may ask Halo: reads only. Every method returns a Promise, takes an optional
 * `AbortSignal` (aborting cancels the request) and rejects with an `AppError` that says what
 * happened and what to do. Requests are counted under the facade's scope (one e-mail).
 *
 * @usageNotes
 * ```ts
 * async match({ snapshot, halo, signal }) {
 *   const users = await halo.usersByEmail(snapshot.from.address, { signal });
 *   return users.map((u) => ({ kind: 'contact', id: u.id, confidence: 0.95, reason: 'Sender address' }));
 * }
 * ```
 */
export interface HaloReadFacade {
  /** The signed-in agent. */
  me(options?: HaloCallOptions): Promise<HaloAgent>;
  /** Users whose e-mail address is exactly `email` (case-insensitive); cached, revalidated. */
  usersByEmail(email: string, options?: HaloLookupOptions): Promise<readonly HaloUser[]>;
  /** Users with an address at `domain`; cached, revalidated. */
  usersByEmailDomain(domain: string, options?: HaloLookupOptions): Promise<readonly HaloUser[]>;
  /** A client's users (first 100). */
  usersByClient(clientId: number, options?: HaloCallOptions): Promise<readonly HaloUser[]>;
  /** Clients of the users at `domain`, most users first (id and name); cached, revalidated. */
  clientsByEmailDomain(domain: string, options?: HaloLookupOptions): Promise<readonly HaloClient[]>;
  /** Active clients whose name contains `text`. */
  searchClients(text: string, options?: HaloCallOptions): Promise<readonly HaloClient[]>;
  /** One client. */
  getClient(id: number, options?: HaloCallOptions): Promise<HaloClient>;
  /** A client's active sites. */
  sitesByClient(clientId: number, options?: HaloCallOptions): Promise<readonly HaloSite[]>;
  /** Sites whose mail-intake domain is `domain`; cached, revalidated. */
  sitesByEmailDomain(domain: string, options?: HaloLookupOptions): Promise<readonly HaloSite[]>;
  /** One page of tickets matching `query`. */
  listTickets(query: HaloTicketQuery, options?: HaloCallOptions): Promise<ListPage<HaloTicket>>;
  /** One ticket with its details. */
  getTicket(id: number, options?: HaloCallOptions): Promise<HaloTicket>;
  /** A ticket's actions. */
  actionsByTicket(
    ticketId: number,
    query?: HaloActionQuery,
    options?: HaloCallOptions,
  ): Promise<ListPage<HaloAction>>;
  /**
   * Actions recording the e-mail with this Message-ID. Where Halo cannot filter by it, the actions
   * of `candidateTicketIds` (at most 10) are searched instead.
   */
  actionsByMessageId(
    messageId: string,
    candidateTicketIds?: readonly number[],
    options?: HaloCallOptions,
  ): Promise<readonly HaloAction[]>;
  /** Ticket types (cached for the session). */
  ticketTypes(options?: HaloCallOptions): Promise<readonly HaloTicketType[]>;
  /** Ticket statuses (cached for the session). */
  statuses(options?: HaloCallOptions): Promise<readonly HaloStatus[]>;
  /** Action outcomes (cached for the session). */
  outcomes(options?: HaloCallOptions): Promise<readonly HaloOutcome[]>;
  /** Teams (cached for the session). */
  teams(options?: HaloCallOptions): Promise<readonly HaloTeam[]>;
  /** Priorities (cached for the session). */
  priorities(options?: HaloCallOptions): Promise<readonly HaloPriority[]>;
  /** Custom field definitions, optionally of one record type (cached for the session). */
  fieldInfo(typeId?: number, options?: HaloCallOptions): Promise<readonly HaloFieldInfo[]>;
  /**
   * Halo's e-mail rules, lowest sequence first (cached for the session). Rejects with an
   * `AppError` of kind `forbidden` when the tenant does not let the agent read them.
   */
  emailRules(options?: HaloCallOptions): Promise<readonly HaloEmailRule[]>;
}
