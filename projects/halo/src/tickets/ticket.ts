import { isRecord } from '../parsing/read-list';
import {
  type RawRecord,
  readDate,
  readObject,
  readObjects,
  readRef,
  readText,
} from '../parsing/read-field';
import { type HaloCustomField, parseCustomField } from './custom-field';

/** A Halo ticket (*Faults* in Halo's spec), from a list row or a get-by-id. */
export interface HaloTicket {
  /** The ticket number. */
  readonly id: number;
  /** The summary (subject). */
  readonly summary: string;
  /** Plain-text details, when sent. */
  readonly details: string | null;
  /** Status id (tenant data) and name. */
  readonly statusId: number | null;
  /** Status name, when sent. */
  readonly statusName: string | null;
  /** Ticket type id (`tickettype_id`) and name. */
  readonly ticketTypeId: number | null;
  /** Ticket type name, when sent. */
  readonly ticketTypeName: string | null;
  /** The client. */
  readonly clientId: number | null;
  /** The client's name, when sent. */
  readonly clientName: string | null;
  /** The site. */
  readonly siteId: number | null;
  /** The site's name, when sent. */
  readonly siteName: string | null;
  /** The end user who raised it. */
  readonly userId: number | null;
  /** The end user's name, when sent. */
  readonly userName: string | null;
  /** The end user's e-mail, when sent. */
  readonly userEmail: string | null;
  /** The assigned agent (`agent_id`, `assignedagent_id` or nested `agent`). */
  readonly agentId: number | null;
  /** The assigned agent's name, when sent. */
  readonly agentName: string | null;
  /** The team name (Halo addresses teams by name on tickets). */
  readonly team: string | null;
  /** The numeric priority id (`priority_id`, or `priorityid` of a nested `priority`). */
  readonly priorityId: number | null;
  /** When the ticket was opened (ISO 8601). */
  readonly dateOccurred: string | null;
  /** When the last action was added (ISO 8601). */
  readonly lastActionDate: string | null;
  /** The ticket's custom fields (only when Halo sent them, see `include_custom_fields`). */
  readonly customFields: readonly HaloCustomField[];
  /** The internet message id of the e-mail the ticket came from, when known. */
  readonly internetMessageId: string | null;
}

/** Parses one ticket object; `null` when it has no id. */
export function parseTicket(raw: unknown): HaloTicket | null {
  if (!isRecord(raw)) return null;
  const id = readRef(raw, 'id');
  if (id === null) return null;
  const agent = readObject(raw, 'agent') ?? {};
  const priority = readObject(raw, 'priority') ?? {};
  const user = readObject(raw, 'user') ?? {};
  const type = readObject(raw, 'tickettype') ?? {};
  return {
    id,
    summary: readText(raw, 'summary') ?? `Ticket ${id}`,
    details: readText(raw, 'details'),
    statusId: readRef(raw, 'status_id'),
    statusName: readText(raw, 'status_name'),
    ticketTypeId: readRef(raw, 'tickettype_id', 'requesttype_id') ?? readRef(type, 'id'),
    ticketTypeName: readText(raw, 'tickettype_name') ?? readText(type, 'name'),
    clientId: readRef(raw, 'client_id'),
    clientName: readText(raw, 'client_name'),
    siteId: readRef(raw, 'site_id'),
    siteName: readText(raw, 'site_name'),
    userId: readRef(raw, 'user_id') ?? readRef(user, 'id'),
    userName: readText(raw, 'user_name') ?? readText(user, 'name'),
    userEmail: readText(raw, 'user_email') ?? readText(user, 'emailaddress', 'email'),
    agentId: readRef(raw, 'agent_id', 'assignedagent_id') ?? readRef(agent, 'id'),
    agentName:
      readText(raw, 'agent_name', 'agentname', 'assignedagent_name') ?? readText(agent, 'name'),
    team: readText(raw, 'team', 'team_name'),
    priorityId: readRef(raw, 'priority_id') ?? readRef(priority, 'priorityid', 'priority_id'),
    dateOccurred: readDate(raw, 'dateoccurred', 'dateoccured'),
    lastActionDate: readDate(raw, 'lastactiondate', 'last_update'),
    customFields: readObjects(raw, 'customfields').flatMap(customField),
    internetMessageId: readText(raw, 'internet_message_id', 'internetmessageid'),
  };
}

function customField(raw: RawRecord): HaloCustomField[] {
  const field = parseCustomField(raw);
  return field === null ? [] : [field];
}
