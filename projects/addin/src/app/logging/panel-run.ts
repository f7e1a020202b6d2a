import type { LogOutcome, LogPart, LogRequest } from '@halo-outlook/sdk';

/** The log request the panel last ran for the open e-mail, as it stands. */
export interface PanelRun {
  /** The request (its journal is the one it started with; see `journal`). */
  readonly request: LogRequest;
  /** The parts as the action last reported them. */
  readonly parts: readonly LogPart[];
  /** What the request has done so far: a retry continues from it. */
  readonly journal: LogRequest['journal'];
  /** How it ended; null while it runs. */
  readonly outcome: LogOutcome | null;
  /** True when it waits in the outbox. */
  readonly queued: boolean;
}

/** True while `run` runs. */
export function isRunning(run: PanelRun | null): boolean {
  return run !== null && run.outcome === null;
}

/**
 * True when a retry of `run` may help: a retryable failure (or one the outbox queued), or a
 * partial log whose failed parts can be sent again.
 */
export function canRetry(run: PanelRun | null): boolean {
  const outcome = run?.outcome;
  if (!outcome) return false;
  return (
    outcome.status === 'partial' ||
    (outcome.status === 'failed' && (outcome.retryable || run?.queued === true))
  );
}
