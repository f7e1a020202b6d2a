import { AppError, toAppError } from '@halo-outlook/core';

/**
 * A failure of the pane's own work, said in context: `context` says what did not happen
 * ("#1001 was not assigned to you."), followed by what the lower layer knows of why; the next step
 * and the kind (which decides Retry and Sign in in the banner) are the cause's.
 *
 * @usageNotes
 * `notices.show(paneError($localize`#${id} was not assigned to you.`, error), { retry })`
 */
export function paneError(context: string, error: unknown): AppError {
  const cause = toAppError(error);
  return new AppError({
    kind: cause.kind,
    message: `${context} ${cause.message}`,
    action: cause.action,
    detail: cause.detail,
    retryable: cause.retryable,
    retryAfterMs: cause.retryAfterMs,
    cause: error,
  });
}
