import type { MergedCandidate } from './merged-candidate';

/**
 * How far ahead the best candidate must be of the next one to be decided without asking the
 * agent. Two clients that share a domain score the same, so the agent is asked.
 */
export const DECISION_MARGIN = 0.15;

/** The outcome of deciding between candidates of one kind. */
export interface Decision {
  /** The decided candidate, or `null`. */
  readonly chosen: MergedCandidate | null;
  /** The candidates the agent must choose from when none is decided (else empty). */
  readonly choice: readonly MergedCandidate[];
}

/**
 * Decides between the candidates of one kind (sorted, most confident first): the best is chosen
 * when it stands alone, is the agent's own (confidence 1), or leads the next by at least
 * {@link DECISION_MARGIN}; otherwise the agent is offered every candidate within that margin of
 * the best. Never a silent first pick.
 *
 * @usageNotes
 * `decide(merged.filter((c) => c.kind === 'client'))`
 */
export function decide(sorted: readonly MergedCandidate[]): Decision {
  const [best, next] = sorted;
  if (best === undefined) return { chosen: null, choice: [] };
  if (
    next === undefined ||
    best.confidence >= 1 ||
    best.confidence - next.confidence >= DECISION_MARGIN
  ) {
    return { chosen: best, choice: [] };
  }
  return {
    chosen: null,
    choice: sorted.filter((c) => best.confidence - c.confidence < DECISION_MARGIN),
  };
}
