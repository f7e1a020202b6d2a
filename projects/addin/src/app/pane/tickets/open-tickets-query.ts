import { clientOpenTicketsQuery } from '@halo-outlook/matchers';
import type { HaloTicketQuery } from '@halo-outlook/sdk';

/** Which of the client's open tickets the pane lists: all of them, or those assigned to the agent. */
export type TicketFilter = 'all' | 'mine';

/** One query of a client's open tickets, for one email. */
export interface OpenTicketsQuery {
  /** Identifies the query, each reload a new one. */
  readonly key: string;
  /** Identifies the list it fills (email, client, filter): a failed reload keeps that list's rows. */
  readonly list: string;
  /** The email's scope, under which the request is counted. */
  readonly scope: string;
  /** The client. */
  readonly clientId: number;
  /** All, or the agent's own. */
  readonly filter: TicketFilter;
}

/**
 * The query of `clientId`'s open tickets for the email of `scope`. `run` (when the resolution of
 * the email started: a Refresh starts it again) and `retries` make it a new one.
 */
export function openTicketsQuery(
  scope: string,
  clientId: number,
  filter: TicketFilter,
  run: number | null,
  retries: number,
): OpenTicketsQuery {
  const list = `${scope}|${clientId}|${filter}`;
  return { key: `${list}|${run}|${retries}`, list, scope, clientId, filter };
}

/**
 * The page Halo is asked for: the client's open tickets, newest activity first — the open-tickets
 * matcher's own query (`clientOpenTicketsQuery`), so while both are in flight it is one request —
 * or those assigned to `agentId`.
 */
export function openTicketsPage(clientId: number, agentId?: number): HaloTicketQuery {
  const query = clientOpenTicketsQuery(clientId);
  return agentId === undefined ? query : { ...query, agentId };
}
