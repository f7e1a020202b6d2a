import { isRecord } from '../parsing/read-list';
import { readRef, readText } from '../parsing/read-field';

/** A ticket priority (*Policy* in Halo's spec). */
export interface HaloPriority {
  /** The numeric priority id (`priorityid`): what `ticket.priority_id` references. */
  readonly id: number;
  /** Halo's own row id, a GUID (`id`), when sent. */
  readonly guid: string | null;
  /** The name (`P1 - Critical`). */
  readonly name: string;
  /** The SLA this priority belongs to, when set. */
  readonly slaId: number | null;
}

/**
 * Parses one priority object; `null` without a numeric id. Halo's `id` is a GUID; the numeric
 * `priorityid` is the id tickets use (a numeric `id` is accepted when `priorityid` is absent).
 */
export function parsePriority(raw: unknown): HaloPriority | null {
  if (!isRecord(raw)) return null;
  const id = readRef(raw, 'priorityid', 'priority_id', 'id');
  if (id === null) return null;
  const rawId = readText(raw, 'id');
  return {
    id,
    guid: rawId !== null && !/^\d+$/.test(rawId) ? rawId : null,
    name: readText(raw, 'name', 'priority') ?? `Priority ${id}`,
    slaId: readRef(raw, 'slaid', 'sla_id'),
  };
}
