import type { LogOutcome } from './log-action';
import { LOG_PART_STATUSES } from './log-part';

/** The outcome of checking what a log action's `run` resolved to. */
export type LogOutcomeCheck =
  | { readonly ok: true; readonly outcome: LogOutcome }
  | { readonly ok: false; readonly problem: string };

const ERROR_KINDS = new Set([
  'offline',
  'cors',
  'unauthorized',
  'forbidden',
  'not-found',
  'rate-limited',
  'invalid-input',
  'server',
  'timeout',
  'office',
  'unknown',
]);

/**
 * Checks the value a log action's `run` resolved to, at the boundary: `done` (its ticket and
 * action ids, when given, positive integers), `partial` (a message and the parts, at least one
 * failed), `cancelled`, or `failed` with a message for the agent and whether a retry may help.
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
  const ok = (): LogOutcomeCheck => ({ ok: true, outcome: value as LogOutcome });
  switch (o['status']) {
    case 'cancelled':
      return ok();
    case 'done':
      return idProblem(o) ?? partsProblem(o['parts'], false) ?? ok();
    case 'partial': {
      if (!isMessage(o['message'])) {
        return fail('a partial outcome needs a message saying what is missing and what to do');
      }
      return idProblem(o) ?? partsProblem(o['parts'], true) ?? ok();
    }
    case 'failed':
      if (!isMessage(o['message'])) {
        return fail('a failed outcome needs a message saying what happened and what to do');
      }
      if (typeof o['retryable'] !== 'boolean') {
        return fail('a failed outcome must say whether it is retryable');
      }
      if (o['kind'] !== undefined && !ERROR_KINDS.has(String(o['kind']))) {
        return fail(`unknown failure kind ${JSON.stringify(o['kind'])}`);
      }
      if (
        o['retryAfterMs'] !== undefined &&
        !(typeof o['retryAfterMs'] === 'number' && o['retryAfterMs'] >= 0)
      ) {
        return fail('retryAfterMs, when given, must be a number of milliseconds');
      }
      return partsProblem(o['parts'], false) ?? ok();
    default:
      return fail(
        `unknown status ${JSON.stringify(o['status'])}; expected done, partial, cancelled or failed`,
      );
  }
}

function idProblem(o: Record<string, unknown>): LogOutcomeCheck | null {
  for (const key of ['ticketId', 'actionId']) {
    const id = o[key];
    if (id !== undefined && !(typeof id === 'number' && Number.isInteger(id) && id > 0)) {
      return fail(
        `${key}, when given, must be a positive integer (leave it out when there is none)`,
      );
    }
  }
  return null;
}

function partsProblem(parts: unknown, needFailure: boolean): LogOutcomeCheck | null {
  if (parts === undefined && !needFailure) return null;
  if (!Array.isArray(parts)) return fail('parts must be a list');
  for (const part of parts as unknown[]) {
    const p = (part ?? {}) as Record<string, unknown>;
    if (typeof p['id'] !== 'string' || typeof p['label'] !== 'string') {
      return fail('each part needs an id and a label');
    }
    if (!LOG_PART_STATUSES.includes(p['status'] as never)) {
      return fail(`part ${p['id']} has an unknown status ${JSON.stringify(p['status'])}`);
    }
    if (p['status'] === 'failed' && !isMessage(p['message'])) {
      return fail(`failed part ${p['id']} needs a message saying what happened`);
    }
  }
  if (needFailure && !(parts as { status: string }[]).some((p) => p.status === 'failed')) {
    return fail('a partial outcome needs at least one failed part');
  }
  return null;
}

function isMessage(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function fail(problem: string): LogOutcomeCheck {
  return { ok: false, problem };
}
