import type { LogPart } from '@halo-outlook/sdk';

/**
 * What the panel says of a part's status (`Saved`, `Not saved: …`).
 *
 * @usageNotes
 * `{{ partStatus(part) }}`
 */
export function partStatus(part: LogPart): string {
  switch (part.status) {
    case 'pending':
      return $localize`:@@logging.part.pending:Waiting`;
    case 'sending':
      return $localize`:@@logging.part.sending:Sending…`;
    case 'saved':
      return $localize`:@@logging.part.saved:Saved`;
    case 'failed':
      return $localize`:@@logging.part.failed:Not saved: ${part.message ?? ''}:reason:`;
    case 'skipped':
      return $localize`:@@logging.part.skipped:Left out: ${part.message ?? ''}:reason:`;
  }
}
