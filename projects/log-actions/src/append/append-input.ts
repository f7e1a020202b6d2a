import type { ContentChoice } from '../content/content-choice';

/** What the append form collects. Plain data (kept in the outbox when Halo cannot be reached). */
export interface AppendInput extends ContentChoice {
  /** The ticket to add the e-mail to. */
  readonly ticketId: number;
  /** The action's outcome (from Halo's `/Outcome`; names are tenant-specific). */
  readonly outcomeId: number | null;
  /** The outcome's name, used only when no id is known. */
  readonly outcomeName?: string | null;
  /** A private note (agents only) rather than one the end user sees. */
  readonly privateNote: boolean;
  /** Time taken, in whole minutes (sent to Halo in hours). */
  readonly minutes: number;
  /** Move the ticket to this status; null keeps it. */
  readonly newStatusId: number | null;
}
