import { AppError } from '@halo-outlook/core';

/**
 * `value`, or a `not-found` AppError naming `what` when Halo's answer held no readable record.
 */
export function requireRecord<T>(value: T | null, what: string): T {
  if (value !== null) return value;
  throw new AppError({
    kind: 'not-found',
    message: `Halo did not return the ${what}.`,
    action: 'Refresh and try again; if it keeps happening, export the diagnostics.',
  });
}
