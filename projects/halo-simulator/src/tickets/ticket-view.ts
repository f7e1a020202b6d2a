import { haloLocal, haloUtc } from '../http/halo-date.js';
import type { HaloData } from '../store/halo-data.js';
import type { TicketRecord } from '../store/records.js';
import { customFieldViews } from './custom-field-view.js';

/** A `/api/Tickets` list row; `customfields` only for the ids in `include_custom_fields`. */
export function ticketRow(
  t: TicketRecord,
  data: HaloData,
  customFieldIds?: readonly number[],
): Record<string, unknown> {
  const status = data.statuses.find((s) => s.id === t.status_id);
  const type = data.ticketTypes.find((x) => x.id === t.tickettype_id);
  const client = data.clients.find((c) => c.id === t.client_id);
  const site = data.sites.find((s) => s.id === t.site_id);
  const user = data.users.find((u) => u.id === t.user_id);
  const agent = data.agents.find((a) => a.id === t.agent_id);
  const priority = data.priorities.find((p) => p.priorityid === t.priority_id);
  const row: Record<string, unknown> = {
    id: t.id,
    summary: t.summary,
    details: t.details,
    dateoccurred: haloUtc(t.dateoccurred),
    lastactiondate: haloUtc(t.lastactiondate),
    last_update: haloUtc(t.last_update),
    status_id: t.status_id,
    status_name: status?.name ?? '',
    tickettype_id: t.tickettype_id,
    tickettype_name: type?.name ?? '',
    client_id: t.client_id,
    client_name: client?.name ?? '',
    site_id: t.site_id,
    site_name: site?.name ?? '',
    user_id: t.user_id,
    user_name: user?.name ?? t.user_name_override,
    user_email: user?.emailaddress ?? t.user_email_override,
    agent_id: t.agent_id,
    agent_name: agent?.name ?? '',
    team: t.team,
    priority_id: t.priority_id,
    priority_name: priority?.name ?? '',
    sla_id: t.sla_id,
    category_1: t.category_1,
    onhold: t.onhold,
    flagged: t.flagged,
    read: t.read,
    emailtolist: t.emailtolist,
    emailcclist: t.emailcclist,
    lastincomingemail: haloLocal(t.lastincomingemail),
    timetaken: t.timetaken,
    child_count: 0,
    attachment_count: data.attachments.filter((a) => a.ticket_id === t.id).length,
  };
  if (customFieldIds) row['customfields'] = customFieldViews(t.customfields, data, customFieldIds);
  return row;
}

/** `GET /api/Tickets/{id}`: the row plus the single-ticket fields and nested objects. */
export function ticketDetail(t: TicketRecord, data: HaloData): Record<string, unknown> {
  const team = data.teams.find((x) => x.name === t.team);
  const priority = data.priorities.find((p) => p.priorityid === t.priority_id);
  const user = data.users.find((u) => u.id === t.user_id);
  const type = data.ticketTypes.find((x) => x.id === t.tickettype_id);
  return {
    ...ticketRow(t, data),
    details_html: t.details_html,
    team_id: team?.id ?? 0,
    priority: priority
      ? { id: priority.priorityid, name: priority.name, colour: priority.colour }
      : null,
    user: user
      ? { id: user.id, name: user.name, emailaddress: user.emailaddress, site_id: user.site_id }
      : null,
    tickettype: type
      ? {
          id: type.id,
          name: type.name,
          email_start_tag: type.email_start_tag,
          email_end_tag: type.email_end_tag,
        }
      : null,
    customfields: customFieldViews(t.customfields, data),
    mailboxid: 0,
    mailentryid: t.mailentryid,
    email_message_id: t.email_message_id,
    internet_message_id: t.internet_message_id,
    email_start_tag_override: '',
  };
}
