import type { Response } from 'express';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import { sendHaloJson } from './halo-json.js';
import type { ListMeta } from './list-page.js';

/** A list envelope: `{ record_count, <key>: rows, page_no?, page_size?, ...extra }`. */
export function sendList(
  res: Response,
  ctx: SimulatorContext,
  key: string,
  rows: unknown[],
  meta: ListMeta,
  extra: Record<string, unknown> = {},
): void {
  sendHaloJson(res, 200, { ...meta, [key]: rows, ...extra }, ctx.options.variants.doubles);
}

/** A reference list: a bare array, or `{ record_count, <key> }` when `wrapped`. */
export function sendReference(
  res: Response,
  ctx: SimulatorContext,
  key: string,
  rows: unknown[],
  wrapped: boolean,
): void {
  sendHaloJson(
    res,
    200,
    wrapped ? { record_count: rows.length, [key]: rows } : rows,
    ctx.options.variants.doubles,
  );
}

/** A single object (GET by id). */
export function sendObject(
  res: Response,
  ctx: SimulatorContext,
  body: unknown,
  status = 200,
): void {
  sendHaloJson(res, status, body, ctx.options.variants.doubles);
}

/**
 * A write result: 201 with the saved entity as a single object (or `[obj]` / `{ <key>: [obj] }`
 * with the `writeResponse` variant). `status` 200 is used when the record carries a `_warning`.
 */
export function sendWrite(
  res: Response,
  ctx: SimulatorContext,
  key: string,
  body: unknown,
  status = 201,
): void {
  const style = ctx.options.variants.writeResponse;
  const shaped = style === 'array' ? [body] : style === 'wrapped' ? { [key]: [body] } : body;
  sendHaloJson(res, status, shaped, ctx.options.variants.doubles);
}
