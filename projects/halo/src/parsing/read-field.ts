import { isRecord, readNumber } from './read-list';

/** A JSON object as Halo sent it, before parsing. */
export type RawRecord = Readonly<Record<string, unknown>>;

/**
 * The first of `keys` that holds text (numbers are turned into text), trimmed; `null` when none
 * does. Halo spells some fields two ways (`internet_message_id` / `internetmessageid`), so callers
 * list every spelling.
 */
export function readText(raw: RawRecord, ...keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return null;
}

/** The first of `keys` that holds a number (doubles such as `18.0` and numeric strings included). */
export function readNumberField(raw: RawRecord, ...keys: readonly string[]): number | null {
  for (const key of keys) {
    const value = readNumber(raw[key]);
    if (value !== null) return value;
  }
  return null;
}

/**
 * A reference to another record (`site_id`, `agent_id`, …): a positive integer, or `null` when
 * missing or 0 (Halo's "none").
 */
export function readRef(raw: RawRecord, ...keys: readonly string[]): number | null {
  const value = readNumberField(raw, ...keys);
  return value !== null && value > 0 ? Math.trunc(value) : null;
}

/** The first of `keys` that holds a boolean (`true`/`false`, `1`/`0`, `"true"`/`"false"`). */
export function readFlag(raw: RawRecord, ...keys: readonly string[]): boolean | null {
  for (const key of keys) {
    const value = raw[key];
    if (typeof value === 'boolean') return value;
    if (value === 1 || value === 0) return value === 1;
    if (value === 'true' || value === 'false') return value === 'true';
  }
  return null;
}

/** The nested object at `key` (Halo nests `agent`, `priority`, `user` on single tickets), or `null`. */
export function readObject(raw: RawRecord, key: string): RawRecord | null {
  const value = raw[key];
  return isRecord(value) ? value : null;
}

/** The objects of the array at `key`; anything that is not an object is dropped. */
export function readObjects(raw: RawRecord, key: string): readonly RawRecord[] {
  const value = raw[key];
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** A Halo date, or `null` when missing or Halo's "unset" date (`1899-12-30T00:00:00`). */
export function readDate(raw: RawRecord, ...keys: readonly string[]): string | null {
  const value = readText(raw, ...keys);
  return value === null || value.startsWith('1899-12-30') ? null : value;
}
