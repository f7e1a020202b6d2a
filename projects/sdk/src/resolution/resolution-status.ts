/**
 * Where the resolution of the current e-mail stands:
 * - `idle`: no e-mail yet;
 * - `resolving`: matchers are running (the picture fills in as they answer);
 * - `ready`: every matcher has answered;
 * - `partial`: every matcher has finished, but some failed, timed out or were skipped (see
 *   `problems`): the picture may lack what they would have found.
 */
export type ResolutionStatus = 'idle' | 'resolving' | 'ready' | 'partial';

/** When the resolution of the current e-mail reached its milestones (`performance.now()` ms). */
export interface ResolutionTiming {
  /** When it started. */
  readonly startedAt: number | null;
  /** When the first candidate was shown (cached or fresh). */
  readonly firstResultAt: number | null;
  /** When every matcher had finished: the picture is ready. */
  readonly settledAt: number | null;
}
