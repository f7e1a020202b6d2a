import type { AppError } from '@halo-outlook/sdk';

/**
 * True when a write that failed with `error` may still have been saved by Halo: no readable answer
 * (a dropped connection, Halo down, the network lost mid-way), a time-out or a server error. Only
 * Halo's explicit refusals (4xx: invalid, forbidden, not found, signed out, rate-limited) mean it
 * was not. Before sending such a write again, look the e-mail up in Halo.
 *
 * @usageNotes
 * `if (isUncertainWrite(error)) found = await findLoggedAction(...)`
 */
export function isUncertainWrite(error: AppError): boolean {
  return ['offline', 'cors', 'timeout', 'server', 'unknown'].includes(error.kind);
}
