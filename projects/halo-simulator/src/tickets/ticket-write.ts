import { linkAttachments } from '../attachments/save-attachment.js';
import { badRequest, notFound } from '../http/halo-http-error.js';
import {
  boolField,
  numberField,
  stringField,
  updateId,
  type WriteItem,
} from '../http/write-body.js';
import type { HaloStore } from '../store/halo-store.js';
import type { AgentRecord, TicketRecord } from '../store/records.js';
import { buildTicket } from '../seed/record-builders.js';
import { mergeCustomFields } from './merge-custom-fields.js';

/** A saved ticket with any partial-failure warnings (attachments Halo refused). */
export interface TicketWriteResult {
  ticket: TicketRecord;
  warnings: string[];
  /** `{ id, filename }` per attachment sent (id 0 where nothing was stored). */
  attachments: { id: number; filename: string }[];
}

function check<T>(found: T | undefined, message: string): T {
  if (found === undefined) throw badRequest(message);
  return found;
}

function applyReferences(store: HaloStore, ticket: TicketRecord, item: WriteItem): void {
  const data = store.data;
  const typeId = numberField(item, 'tickettype_id');
  if (typeId !== undefined) {
    const type = check(
      data.ticketTypes.find((t) => t.id === typeId),
      `Ticket type ${typeId} does not exist`,
    );
    if (type.inactive) throw badRequest(`Ticket type '${type.name}' is inactive`);
    ticket.tickettype_id = typeId;
  }
  const statusId = numberField(item, 'status_id');
  if (statusId !== undefined)
    ticket.status_id = check(
      data.statuses.find((s) => s.id === statusId),
      `Status ${statusId} does not exist`,
    ).id;
  const agentId = numberField(item, 'agent_id');
  if (agentId !== undefined) {
    const agent = check(
      data.agents.find((a) => a.id === agentId),
      `Agent ${agentId} does not exist`,
    );
    ticket.agent_id = agent.id;
    if (stringField(item, 'team') === undefined && agent.id !== 1) ticket.team = agent.team;
  }
  const priorityId = numberField(item, 'priority_id');
  if (priorityId !== undefined)
    ticket.priority_id = check(
      data.priorities.find((p) => p.priorityid === priorityId),
      `Priority ${priorityId} does not exist`,
    ).priorityid;
  const team = stringField(item, 'team');
  if (team !== undefined)
    ticket.team = check(
      data.teams.find((t) => t.name.toLowerCase() === team.toLowerCase()),
      `Team '${team}' does not exist`,
    ).name;
}

function applyText(ticket: TicketRecord, item: WriteItem): void {
  const summary = stringField(item, 'summary');
  if (summary !== undefined) ticket.summary = summary;
  const html = stringField(item, 'details_html');
  const details = stringField(item, 'details');
  if (html !== undefined) {
    ticket.details_html = html;
    ticket.details = details ?? html.replace(/<[^>]*>/g, '');
  } else if (details !== undefined) {
    ticket.details = details;
    ticket.details_html = `<p>${details}</p>`;
  }
  ticket.category_1 = stringField(item, 'category_1') ?? ticket.category_1;
  ticket.onhold = boolField(item, 'onhold') ?? ticket.onhold;
  ticket.flagged = boolField(item, 'flagged') ?? ticket.flagged;
  ticket.emailtolist = stringField(item, 'emailtolist') ?? ticket.emailtolist;
  ticket.emailcclist = stringField(item, 'emailcclist') ?? ticket.emailcclist;
  ticket.internet_message_id =
    stringField(item, 'internet_message_id') ??
    stringField(item, 'internetmessageid') ??
    ticket.internet_message_id;
  ticket.email_message_id = stringField(item, 'email_message_id') ?? ticket.email_message_id;
  ticket.mailentryid = stringField(item, 'mailentryid') ?? ticket.mailentryid;
}

function createTicket(store: HaloStore, item: WriteItem): TicketRecord {
  const data = store.data;
  const summary = stringField(item, 'summary')?.trim();
  if (!summary) throw badRequest('Please enter a Summary for this Ticket (summary is required)');
  const userId = numberField(item, 'user_id');
  const user =
    userId !== undefined && userId > 0
      ? check(
          data.users.find((u) => u.id === userId),
          `User ${userId} does not exist`,
        )
      : undefined;
  const clientId = numberField(item, 'client_id') ?? user?.client_id;
  if (clientId === undefined)
    throw badRequest('Please select a Client for this Ticket (client_id or user_id is required)');
  const client = check(
    data.clients.find((c) => c.id === clientId),
    `Client ${clientId} does not exist`,
  );
  if (user && user.client_id !== client.id)
    throw badRequest(`User ${user.id} does not belong to client ${client.id}`);
  const siteId = numberField(item, 'site_id') ?? user?.site_id ?? client.main_site_id;
  const site = check(
    data.sites.find((s) => s.id === siteId && s.client_id === client.id),
    `Site ${siteId} does not belong to client ${client.id}`,
  );
  const now = new Date().toISOString();
  const typeId = numberField(item, 'tickettype_id') ?? 1;
  const type = data.ticketTypes.find((t) => t.id === typeId);
  const ticket = buildTicket({
    id: store.nextId('ticket'),
    summary,
    client_id: client.id,
    site_id: site.id,
    user_id: user?.id ?? 0,
    user_name_override: stringField(item, 'users_name') ?? stringField(item, 'reportedby') ?? '',
    user_email_override: stringField(item, 'user_email') ?? '',
    dateoccurred: now,
    status_id: type?.default_status ?? 1,
  });
  applyReferences(store, ticket, { tickettype_id: typeId, ...item });
  return ticket;
}

/**
 * Creates (no `id`) or updates (`id`, partial) a ticket from one write item: validation 400s,
 * unknown `id` 404, custom fields merged, `attachments` linked or uploaded inline.
 */
export function writeTicket(
  store: HaloStore,
  item: WriteItem,
  agent: AgentRecord,
): TicketWriteResult {
  const id = updateId(item);
  let ticket: TicketRecord;
  if (id !== undefined) {
    const existing = store.data.tickets.find((t) => t.id === id);
    if (!existing) throw notFound('Ticket', id);
    ticket = existing;
    if (stringField(item, 'summary')?.trim() === '')
      throw badRequest('The Summary of a Ticket cannot be empty');
    applyReferences(store, ticket, item);
  } else {
    ticket = createTicket(store, item);
  }
  applyText(ticket, item);
  ticket.customfields = mergeCustomFields(ticket.customfields, item['customfields'], store.data);
  ticket.last_update = new Date().toISOString();
  if (id === undefined) store.data.tickets.push(ticket);
  const links = linkAttachments(store, item['attachments'], {
    ticketId: ticket.id,
    actionId: 0,
    agentId: agent.id,
  });
  return { ticket, warnings: links.warnings, attachments: links.refs };
}
