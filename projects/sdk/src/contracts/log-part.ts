/** Where one part of a log request stands: a file being uploaded, the note, the ticket. */
export type LogPartStatus = 'pending' | 'sending' | 'saved' | 'failed' | 'skipped';

/** The part statuses, in the order a part goes through them. */
export const LOG_PART_STATUSES: readonly LogPartStatus[] = [
  'pending',
  'sending',
  'saved',
  'failed',
  'skipped',
];

/**
 * One part of what a log action does, shown to the agent with its own status: each attachment of
 * an e-mail is a part, so a refused file is reported (and retried) on its own.
 *
 * @usageNotes
 * ```ts
 * context.progress([{ id: 'att-1', label: 'invoice.pdf', status: 'failed', message: 'Halo did not store invoice.pdf.' }]);
 * ```
 */
export interface LogPart {
  /** Stable within the request (an attachment id, `original`, `note`). */
  readonly id: string;
  /** What the agent sees (`invoice.pdf`). */
  readonly label: string;
  /** Where it stands. */
  readonly status: LogPartStatus;
  /** For `failed` and `skipped`: what happened and what to do. */
  readonly message?: string;
}
