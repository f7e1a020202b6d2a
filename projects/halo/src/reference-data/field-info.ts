import { isRecord } from '../parsing/read-list';
import { readFlag, readNumberField, readRef, readText } from '../parsing/read-field';

/** A custom field definition (`/FieldInfo`). */
export interface HaloFieldInfo {
  /** The field id. */
  readonly id: number;
  /** Internal name (`CFOutlookConversationId`). */
  readonly name: string;
  /** Label shown in Halo. */
  readonly label: string | null;
  /** Halo's field type code. */
  readonly type: number | null;
  /** Which records it belongs to: 1 tickets, 2 clients, 3 sites, 5 assets. */
  readonly typeId: number | null;
  /** Halo's input type code. */
  readonly inputType: number | null;
  /** True when Halo's search covers the field. */
  readonly searchable: boolean;
}

/** Parses one field definition; `null` when it has no id or name. */
export function parseFieldInfo(raw: unknown): HaloFieldInfo | null {
  if (!isRecord(raw)) return null;
  const id = readRef(raw, 'id');
  const name = readText(raw, 'name');
  if (id === null || name === null) return null;
  return {
    id,
    name,
    label: readText(raw, 'label'),
    type: readNumberField(raw, 'type'),
    typeId: readNumberField(raw, 'typeid', 'type_id'),
    inputType: readNumberField(raw, 'inputtype'),
    searchable: readFlag(raw, 'searchable') ?? false,
  };
}
