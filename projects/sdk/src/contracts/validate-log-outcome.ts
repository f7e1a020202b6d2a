import type { LogOutcome } from './log-action';

/** The outcome of checking what a log action's `run` resolved to. */
export type LogOutcomeCheck =
  | { readonly ok: true; readonly outcome: LogOutcome }
  | { readonly ok: false; readonly problem: string };

/**
 * Checks the value a log action's `run` resolved to, at the boundary: `done` with a positive
 * integer ticket id, `cancelled`, or `failed` with a message for the agent and whether a retry may
 * help.
 *
 * @usageNotes
 * ```ts
 * const check = validateLogOutcome(await action.run(context, input));
 * if (!check.ok) diagnostics.record(action.id, 'error', check.problem);
 * ```
 */
export function validateLogOutcome(value: unknown): LogOutcomeCheck {
  if (typeof value !== 'object' || value === null) return fail('an outcome must be an object');
  const o = value as Record<string, unknown>;
  switch (o['status']) {
    case 'cancelled':
      return { ok: true, outcome: value as LogOutcome };
    case 'done': {
      const id = o['ticketId'];
      return typeof id === 'number' && Number.isInteger(id) && id > 0
        ? { ok: true, outcome: value as LogOutcome }
        : fail('a done outcome needs the ticket id (a positive integer)');
    }
    case 'failed':
      if (typeof o['message'] !== 'string' || o['message'].trim() === '') {
        return fail('a failed outcome needs a message saying what happened and what to do');
      }
      return typeof o['retryable'] === 'boolean'
        ? { ok: true, outcome: value as LogOutcome }
        : fail('a failed outcome must say whether it is retryable');
    default:
      return fail(
        `unknown status ${JSON.stringify(o['status'])}; expected done, cancelled or failed`,
      );
  }
}

function fail(problem: string): LogOutcomeCheck {
  return { ok: false, problem };
}
