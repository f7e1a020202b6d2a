import { isRecord } from '../parsing/read-list';
import { readRef, readText } from '../parsing/read-field';

/** A custom field value on a ticket (`customfields[]`). */
export interface HaloCustomField {
  /** The field definition id (see `/FieldInfo`), when sent. */
  readonly id: number | null;
  /** Internal name (`CFimpact`). */
  readonly name: string | null;
  /** Label shown in Halo. */
  readonly label: string | null;
  /** Raw value: an id for list fields, text or a date otherwise; `null` when empty. */
  readonly value: string | number | boolean | null;
  /** The value as Halo displays it. */
  readonly display: string | null;
}

/** Parses one custom field object; `null` when it names no field. */
export function parseCustomField(raw: unknown): HaloCustomField | null {
  if (!isRecord(raw)) return null;
  const id = readRef(raw, 'id');
  const name = readText(raw, 'name');
  if (id === null && name === null) return null;
  const value = raw['value'];
  return {
    id,
    name,
    label: readText(raw, 'label'),
    value:
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : null,
    display: readText(raw, 'display'),
  };
}
