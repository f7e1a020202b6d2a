import type { Provider } from '@angular/core';

/** The kinds of feature `provideHaloPlugins` accepts. */
export type HaloPluginsFeatureKind = 'matchers' | 'log-actions' | 'options';

/**
 * A feature of `provideHaloPlugins(...)`, made by `withMatchers`, `withLogActions` or
 * `withPluginOptions`.
 */
export interface HaloPluginsFeature<K extends HaloPluginsFeatureKind = HaloPluginsFeatureKind> {
  /** Which feature this is. */
  readonly kind: K;
  /** The providers the feature adds. */
  readonly providers: readonly Provider[];
}
