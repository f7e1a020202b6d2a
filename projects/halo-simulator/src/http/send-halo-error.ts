import type { Response } from 'express';
import type { HaloVariants } from '../simulator/simulator-options.js';

const CLASS_NAMES: Record<number, string> = {
  400: 'HaloValidationException',
  401: 'UnauthorizedAccessException',
  403: 'HaloPermissionException',
  404: 'HaloNotFoundException',
  429: 'HaloRateLimitException',
};

/**
 * Sends a Halo-style error: plain text by default, or .NET-style `{ ClassName, Message }` with
 * the `errorBody: 'json'` variant.
 */
export function sendHaloError(
  res: Response,
  variants: HaloVariants,
  status: number,
  message: string,
): void {
  if (variants.errorBody === 'json') {
    res
      .status(status)
      .json({ ClassName: CLASS_NAMES[status] ?? 'System.Exception', Message: message });
    return;
  }
  res.status(status).type('text/plain; charset=utf-8').send(message);
}
