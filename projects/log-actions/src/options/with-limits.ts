import type { LogAction } from '@halo-outlook/sdk';
import { type AttachmentLimits, DEFAULT_ATTACHMENT_LIMITS } from '../attachments/attachment-limits';

/** A built-in log action carries its size limits, so its form checks the same ones. */
export interface WithLimits {
  /** The size limits the action applies. */
  readonly limits: AttachmentLimits;
}

/**
 * The limits `action` applies: its own when it is a built-in action, else the defaults.
 *
 * @usageNotes
 * `const limits = limitsOf(inject(LogFormHost).action);`
 */
export function limitsOf(action: LogAction<never> | LogAction<unknown>): AttachmentLimits {
  const limits = (action as Partial<WithLimits>).limits;
  return limits ?? DEFAULT_ATTACHMENT_LIMITS;
}
