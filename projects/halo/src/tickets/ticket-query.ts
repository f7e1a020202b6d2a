import type { HaloQueryParams } from '../http/halo-http';

/** Filters and paging of a ticket list (`GET /Tickets`). */
export interface HaloTicketQuery {
  /** Tickets of this client. */
  readonly clientId?: number;
  /** Tickets of this site. */
  readonly siteId?: number;
  /** Tickets raised by this user. */
  readonly userId?: number;
  /** Tickets assigned to this agent. */
  readonly agentId?: number;
  /** Tickets in any of these statuses. */
  readonly statusIds?: readonly number[];
  /** Tickets of this ticket type. */
  readonly ticketTypeId?: number;
  /** Only open tickets. */
  readonly openOnly?: boolean;
  /** Text Halo searches in summary, details and id. */
  readonly search?: string;
  /** Only these ticket numbers. */
  readonly ticketIds?: readonly number[];
  /** Page size (Halo allows at most 100); pages are numbered from 1. */
  readonly pageSize?: number;
  /** Which page (from 1); needs `pageSize`. */
  readonly pageNo?: number;
  /** Sort field (Halo's column name, e.g. `lastactiondate`). */
  readonly order?: string;
  /** Sort descending. */
  readonly orderDesc?: boolean;
  /** Custom field ids whose values the rows should carry. */
  readonly customFieldIds?: readonly number[];
}

/** The default number of rows when no page size is given. */
export const DEFAULT_TICKET_COUNT = 50;

/** Halo's query parameters for a {@link HaloTicketQuery}. */
export function ticketQueryParams(query: HaloTicketQuery): HaloQueryParams {
  const paged = query.pageSize !== undefined;
  return {
    client_id: query.clientId,
    site_id: query.siteId,
    user_id: query.userId,
    agent_id: query.agentId,
    status: query.statusIds?.length ? query.statusIds : undefined,
    requesttype_id: query.ticketTypeId,
    open_only: query.openOnly,
    search: query.search,
    ticketids: query.ticketIds?.length ? query.ticketIds : undefined,
    pageinate: paged ? true : undefined,
    page_size: paged ? Math.min(100, Math.max(1, query.pageSize ?? 1)) : undefined,
    page_no: paged ? Math.max(1, query.pageNo ?? 1) : undefined,
    count: paged ? undefined : DEFAULT_TICKET_COUNT,
    order: query.order,
    orderdesc: query.order !== undefined ? (query.orderDesc ?? false) : undefined,
    include_custom_fields: query.customFieldIds?.length ? query.customFieldIds : undefined,
  };
}
