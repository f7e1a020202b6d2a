import type { AppError, LogOutcome, LogPart } from '@halo-outlook/sdk';
import { failedOutcome } from './failed-outcome';

/** What a built-in log action knows when its writes are over. */
export interface WritesDone {
  /** The ticket. */
  readonly ticketId: number;
  /** The action holding the e-mail. */
  readonly actionId: number;
  /** True when this request created the ticket. */
  readonly created: boolean;
  /** Every part, as the uploads left them. */
  readonly parts: readonly LogPart[];
  /** Halo's warning on the action itself, if it gave one. */
  readonly warning: string | null;
  /** What stopped the uploads, if something did. */
  readonly stoppedBy: AppError | null;
}

/**
 * The outcome of a built-in log action once its writes are over: `failed` (kept in the outbox)
 * when Halo stopped taking files, `partial` when some parts failed or Halo warned, else `done`.
 *
 * @usageNotes
 * `return finishOutcome({ ticketId, actionId, created: false, parts, warning, stoppedBy });`
 */
export function finishOutcome(done: WritesDone): LogOutcome {
  const { ticketId, actionId, created, parts } = done;
  if (done.stoppedBy) return failedOutcome(done.stoppedBy, parts);
  const failed = parts.filter((p) => p.status === 'failed');
  const withWarning: LogPart[] = done.warning
    ? [
        ...parts,
        {
          id: 'note',
          label: $localize`:@@log.part.note:The note`,
          status: 'failed',
          message: done.warning,
        },
      ]
    : [...parts];
  if (failed.length > 0 || done.warning) {
    const count = failed.length;
    return {
      status: 'partial',
      ticketId,
      actionId,
      created,
      parts: withWarning,
      message:
        count > 0
          ? $localize`:@@log.partial.files:Logged to #${ticketId}:ticket:, but ${count}:count: file(s) did not reach Halo. Retry them, or attach them in Halo.`
          : $localize`:@@log.partial.warning:Logged to #${ticketId}:ticket:, but Halo reported a problem: see below.`,
    };
  }
  return {
    status: 'done',
    ticketId,
    actionId,
    created,
    parts,
    message: created
      ? $localize`:@@log.done.created:Created ticket #${ticketId}:ticket:.`
      : $localize`:@@log.done.appended:Logged to #${ticketId}:ticket:.`,
  };
}
