/**
 * One `withMatchers(...)` or `withLogActions(...)` call, as the registry receives it: the plugins
 * it listed, in order.
 */
export interface PluginRegistration<T> {
  /** The plugins of this registration, in the order given. */
  readonly plugins: readonly T[];
}
