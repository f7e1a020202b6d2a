import { isRecord } from './read-list';
import type { RawRecord } from './read-field';

/**
 * Reads the one record of a write or get-by-id response, whichever shape Halo used: a single object
 * (what Halo sends), a one-element array `[obj]`, or an envelope `{ tickets: [obj] }`.
 *
 * @param body the parsed JSON body.
 * @param key the envelope key of the entity (`tickets`, `actions`, …).
 * @returns the record, or `null` when the body holds none.
 */
export function readSingle(body: unknown, key: string): RawRecord | null {
  if (Array.isArray(body)) return body.find(isRecord) ?? null;
  if (!isRecord(body)) return null;
  const lower = key.toLowerCase();
  const envelopeKey = Object.keys(body).find((k) => k.toLowerCase() === lower);
  const wrapped = envelopeKey === undefined ? undefined : body[envelopeKey];
  if (Array.isArray(wrapped)) return wrapped.find(isRecord) ?? null;
  if (isRecord(wrapped) && !('id' in body)) return wrapped;
  return body;
}
