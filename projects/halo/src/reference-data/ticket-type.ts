import { isRecord } from '../parsing/read-list';
import { readFlag, readRef, readText } from '../parsing/read-field';

/** A ticket type (`requesttype` in filters). */
export interface HaloTicketType {
  /** The ticket type id. */
  readonly id: number;
  /** The name. */
  readonly name: string;
  /** What it is used for: `tickets`, `opps`, `projects`, … */
  readonly use: string | null;
  /** True when inactive. */
  readonly inactive: boolean;
  /** True when agents may pick it. */
  readonly agentsCanSelect: boolean;
  /** The subject tag before the ticket id (`[ID:`), when set on the type. */
  readonly emailStartTag: string | null;
  /** The subject tag after the ticket id (`]`), when set on the type. */
  readonly emailEndTag: string | null;
}

/** Parses one ticket type object; `null` when it has no id. */
export function parseTicketType(raw: unknown): HaloTicketType | null {
  if (!isRecord(raw)) return null;
  const id = readRef(raw, 'id');
  if (id === null) return null;
  return {
    id,
    name: readText(raw, 'name') ?? `Ticket type ${id}`,
    use: readText(raw, 'use'),
    inactive: readFlag(raw, 'inactive') ?? false,
    agentsCanSelect: readFlag(raw, 'agentscanselect') ?? true,
    emailStartTag: readText(raw, 'email_start_tag'),
    emailEndTag: readText(raw, 'email_end_tag'),
  };
}
