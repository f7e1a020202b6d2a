import type { Response } from 'express';

/** A number Halo serialises as a double (`18.0`); see {@link double}. */
export class HaloDouble {
  /** @param value the number */
  constructor(readonly value: number) {}
}

/** Marks a number to be written as a JSON double (`site_id: 18.0`) like Halo does for some ids. */
export function double(value: number): HaloDouble {
  return new HaloDouble(value);
}

const MARK = '__halo_double__';

/**
 * JSON text of a Halo response body. {@link HaloDouble}s become `18.0` when `doubles` is on,
 * plain numbers otherwise.
 */
export function toHaloJson(body: unknown, doubles: boolean): string {
  const text = JSON.stringify(body, (_key, value: unknown) => {
    if (value instanceof HaloDouble) return doubles ? `${MARK}${value.value}` : value.value;
    return value;
  });
  if (!doubles) return text;
  return text.replace(new RegExp(`"${MARK}(-?[0-9.e+-]+)"`, 'g'), (_m, n: string) =>
    /^-?\d+$/.test(n) ? `${n}.0` : n,
  );
}

/** Sends a JSON body with Halo's number conventions. */
export function sendHaloJson(res: Response, status: number, body: unknown, doubles: boolean): void {
  res.status(status).type('application/json; charset=utf-8').send(toHaloJson(body, doubles));
}
