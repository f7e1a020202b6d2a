import type { Request } from 'express';
import { badRequest } from './halo-http-error.js';

/** One object of a write body (`POST /api/<Entity>` with a JSON array). */
export type WriteItem = Record<string, unknown>;

/** The body of a Halo write: must be a non-empty JSON array of objects (400 otherwise). */
export function readWriteBody(req: Request): WriteItem[] {
  const body: unknown = req.body;
  if (!Array.isArray(body)) throw badRequest('The request body must be a JSON array of objects');
  if (body.length === 0) throw badRequest('The request body must contain at least one object');
  return body.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw badRequest('Each element of the request body must be an object');
    return item as WriteItem;
  });
}

/** A field as a finite number (numeric strings accepted), else undefined. */
export function numberField(item: WriteItem, name: string): number | undefined {
  const value = item[name];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

/** A field as a string (numbers converted), else undefined. */
export function stringField(item: WriteItem, name: string): string | undefined {
  const value = item[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** A field as a boolean (`true`/`false` strings accepted), else undefined. */
export function boolField(item: WriteItem, name: string): boolean | undefined {
  const value = item[name];
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** The `id` of an update (a positive number), or undefined for a create. */
export function updateId(item: WriteItem): number | undefined {
  const id = numberField(item, 'id');
  return id !== undefined && id > 0 ? id : undefined;
}
