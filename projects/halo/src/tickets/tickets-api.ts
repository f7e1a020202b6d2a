import { Injectable, inject } from '@angular/core';
import { attachmentRefs } from '../attachments/attachment-refs';
import { HaloHttp } from '../http/halo-http';
import type { HaloRequestOptions } from '../http/halo-request-options';
import { parseListPage } from '../http/parse-all';
import { requireRecord } from '../http/require-record';
import { type HaloWriteResult, readWriteResult } from '../http/write-result';
import type { ListPage } from '../parsing/read-list';
import type { HaloCustomFieldValue, HaloTicketChange, NewHaloTicket } from './new-ticket';
import { type HaloTicket, parseTicket } from './ticket';
import { type HaloTicketQuery, ticketQueryParams } from './ticket-query';

/** Halo tickets: `/Tickets`. */
@Injectable()
export class TicketsApi {
  private readonly http = inject(HaloHttp);

  /** One page of tickets matching `query` (50 rows when no page size is given). */
  async list(
    query: HaloTicketQuery,
    options: HaloRequestOptions = {},
  ): Promise<ListPage<HaloTicket>> {
    const body = await this.http.get('Tickets', ticketQueryParams(query), options);
    return parseListPage(body, 'tickets', parseTicket);
  }

  /** One ticket with its details (`includedetails=true`). */
  async get(id: number, options: HaloRequestOptions = {}): Promise<HaloTicket> {
    const body = await this.http.get(`Tickets/${id}`, { includedetails: true }, options);
    return requireRecord(parseTicket(body), 'ticket');
  }

  /** Creates a ticket. A `partial` result means it exists but something (an attachment) is missing. */
  async create(
    ticket: NewHaloTicket,
    options: HaloRequestOptions = {},
  ): Promise<HaloWriteResult<HaloTicket>> {
    const item = {
      summary: ticket.summary,
      details_html: ticket.detailsHtml,
      details: ticket.details,
      tickettype_id: ticket.ticketTypeId,
      client_id: ticket.clientId,
      site_id: ticket.siteId,
      user_id: ticket.userId,
      users_name: ticket.userName,
      user_email: ticket.userEmail,
      agent_id: ticket.agentId,
      team: ticket.team,
      priority_id: ticket.priorityId,
      status_id: ticket.statusId,
      customfields: customFields(ticket.customFields),
      attachments: attachmentRefs(ticket.attachmentIds, ticket.attachments),
    };
    const body = await this.http.post('Tickets', [item], options);
    return readWriteResult(body, 'tickets', 'ticket', parseTicket);
  }

  /** Assigns a ticket or changes its status: sends only the fields given, with the ticket id. */
  async update(
    id: number,
    change: HaloTicketChange,
    options: HaloRequestOptions = {},
  ): Promise<HaloWriteResult<HaloTicket>> {
    const item = {
      id,
      agent_id: change.agentId,
      team: change.team,
      status_id: change.statusId,
      customfields: customFields(change.customFields),
    };
    const body = await this.http.post('Tickets', [item], options);
    return readWriteResult(body, 'tickets', 'ticket', parseTicket);
  }
}

function customFields(values: readonly HaloCustomFieldValue[] | undefined): object[] | undefined {
  if (values === undefined || values.length === 0) return undefined;
  return values.map((v) => ({ id: v.id, name: v.name, value: v.value }));
}
