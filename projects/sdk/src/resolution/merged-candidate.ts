import type { Candidate } from '../contracts/candidate';

/**
 * A record proposed by one or more matchers: the best confidence any of them gave, and every
 * reason, so the agent can see why the pane believes it.
 */
export interface MergedCandidate extends Candidate {
  /** Every distinct reason given for this record, the most confident first. */
  readonly reasons: readonly string[];
  /** The ids of the matchers that proposed it (`agent` for the agent's own choice). */
  readonly sources: readonly string[];
}
