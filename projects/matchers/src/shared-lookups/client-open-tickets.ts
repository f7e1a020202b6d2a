import type { HaloReadFacade, HaloTicket, HaloTicketQuery } from '@halo-outlook/sdk';

/** How many open tickets of a client the built-in matchers read (default 10). */
export const DEFAULT_OPEN_TICKETS_COUNT = 10;

/**
 * The query of a client's open tickets, most recently active first (`count` of them). Whoever
 * lists them with this query (the pane's ticket list too) sends Halo the same request as the
 * built-in matchers, so while they are in flight together it is one request.
 */
export function clientOpenTicketsQuery(
  clientId: number,
  count = DEFAULT_OPEN_TICKETS_COUNT,
): HaloTicketQuery {
  return { clientId, openOnly: true, pageSize: count, order: 'lastactiondate', orderDesc: true };
}

/**
 * A client's open tickets, most recently active first. The open-tickets matcher and the
 * subject-tag matcher ask through here with the same count, so they send Halo the same request:
 * the data layer shares identical requests in flight, and it is one request.
 */
export async function clientOpenTickets(
  halo: HaloReadFacade,
  clientId: number,
  count: number,
  signal: AbortSignal,
): Promise<readonly HaloTicket[]> {
  const page = await halo.listTickets(clientOpenTicketsQuery(clientId, count), { signal });
  return page.items;
}
