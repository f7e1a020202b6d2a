import type { HaloReadFacade, HaloTicket } from '@halo-outlook/sdk';

/** How many open tickets of a client the built-in matchers read (default 10). */
export const DEFAULT_OPEN_TICKETS_COUNT = 10;

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
  const page = await halo.listTickets(
    { clientId, openOnly: true, pageSize: count, order: 'lastactiondate', orderDesc: true },
    { signal },
  );
  return page.items;
}
