/**
 * Why a plugin's results are missing: it ran out of time, failed, returned something unusable, or
 * was skipped because its circuit is open.
 */
export type PluginProblemKind = 'timeout' | 'error' | 'invalid-result' | 'circuit-open';

/** A plugin's failure, as the pane shows it and the diagnostics trail keeps it. */
export interface PluginProblem {
  /** The plugin's id. */
  readonly pluginId: string;
  /** What kind of failure. */
  readonly kind: PluginProblemKind;
  /** What happened, in words an agent understands. */
  readonly message: string;
  /** What the agent can do next. */
  readonly action: string;
  /** Technical detail for the diagnostics trail. */
  readonly detail?: string;
}
