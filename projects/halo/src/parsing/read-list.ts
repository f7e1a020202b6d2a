/**
 * Reads a Halo list response, whichever shape it comes in: a bare array (`/Status`, `/Agent`, …),
 * an envelope keyed by the entity (`{ record_count, tickets: [...] }`), or a one-element wrapper
 * some tenants send. Anything that is not an object is dropped, never thrown on.
 *
 * @param body the parsed JSON body.
 * @param key the envelope key for this endpoint (`tickets`, `users`, `clients`, …).
 * @returns the items and the total Halo reports (`record_count`), or the item count when absent.
 *
 * @usageNotes
 * ```ts
 * const { items, total } = readList(body, 'tickets');
 * ```
 */
export function readList(body: unknown, key: string): ListPage<Record<string, unknown>> {
  const raw = Array.isArray(body) ? body : envelopeItems(body, key);
  const items = raw.filter(isRecord);
  const count = isRecord(body) ? readNumber(body['record_count']) : null;
  return { items, total: count ?? items.length };
}

/** One page of a Halo list: the items and the total number of matches. */
export interface ListPage<T> {
  /** The items of this page. */
  readonly items: readonly T[];
  /** The total number of matches (`record_count`), which may exceed `items.length` when paging. */
  readonly total: number;
}

/** Narrows `value` to a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a number Halo may send as a number, a double (`18.0`) or a numeric string; `null` when the
 * value is missing or not numeric.
 */
export function readNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

function envelopeItems(body: unknown, key: string): unknown[] {
  if (!isRecord(body)) return [];
  const direct = body[key];
  if (Array.isArray(direct)) return direct;
  // Tolerate a differently cased key (`Tickets`), which some proxies and versions produce.
  const lower = key.toLowerCase();
  const match = Object.keys(body).find((k) => k.toLowerCase() === lower);
  const value = match === undefined ? undefined : body[match];
  return Array.isArray(value) ? value : [];
}
