import { type LogOutcome, type LogPart, toAppError } from '@halo-outlook/sdk';

/**
 * The `failed` outcome for an error: its message and what to do, whether a retry may help, and its
 * kind (so the outbox keeps the request when Halo could not take it).
 *
 * @usageNotes
 * `catch (error) { return failedOutcome(error, parts); }`
 */
export function failedOutcome(error: unknown, parts?: readonly LogPart[]): LogOutcome {
  const problem = toAppError(error);
  return {
    status: 'failed',
    message: `${problem.message} ${problem.action}`.trim(),
    retryable: problem.retryable,
    kind: problem.kind,
    ...(problem.retryAfterMs !== undefined ? { retryAfterMs: problem.retryAfterMs } : {}),
    ...(parts?.length ? { parts } : {}),
  };
}

/**
 * The `failed` outcome for input the form should not have let through (it is not retryable).
 *
 * @usageNotes
 * `if (!isLoggableMinutes(input.minutes)) return invalidInput('The time must be…');`
 */
export function invalidInput(message: string): LogOutcome {
  return { status: 'failed', message, retryable: false, kind: 'invalid-input' };
}
