import type { PluginProblem } from '../isolation/plugin-problem';
import type { SourcedCandidates } from './merge-candidates';

/** Where the resolution of one e-mail stands, as the {@link MatcherRunner} reports it. */
export interface ResolutionProgress {
  /**
   * The candidates so far, by source, in priority order: the agent's overrides, then each matcher
   * in the registry's order, then the sender's cached picture (only until the fresh one is in).
   */
  readonly sources: readonly SourcedCandidates[];
  /** The problems of the matchers that failed, timed out or were skipped. */
  readonly problems: readonly PluginProblem[];
  /** The ids of the matchers still running or waiting for what they depend on. */
  readonly pending: readonly string[];
}
