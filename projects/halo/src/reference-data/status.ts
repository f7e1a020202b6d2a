import { isRecord } from '../parsing/read-list';
import { readNumberField, readRef, readText } from '../parsing/read-field';

/** A ticket status (tenant data: ids differ between tenants). */
export interface HaloStatus {
  /** The status id. */
  readonly id: number;
  /** The status name. */
  readonly name: string;
  /** Short name, when set. */
  readonly shortName: string | null;
  /** Halo's status type code, when sent. */
  readonly type: number | null;
  /** Display order. */
  readonly sequence: number | null;
  /** Colour (CSS), when set. */
  readonly colour: string | null;
}

/** Parses one status object; `null` when it has no id. */
export function parseStatus(raw: unknown): HaloStatus | null {
  if (!isRecord(raw)) return null;
  const id = readRef(raw, 'id');
  if (id === null) return null;
  return {
    id,
    name: readText(raw, 'name') ?? `Status ${id}`,
    shortName: readText(raw, 'shortname'),
    type: readNumberField(raw, 'type'),
    sequence: readNumberField(raw, 'sequence'),
    colour: readText(raw, 'colour', 'color'),
  };
}
