import { type HaloPluginsFeature, withMatchers } from '@halo-outlook/sdk';
import { type BuiltInMatchersOptions, builtInMatchers } from './built-in-matchers';

/**
 * Registers every built-in matcher with `provideHaloPlugins`: `withMatchers(builtInMatchers(options))`.
 *
 * @usageNotes
 * ```ts
 * provideHaloPlugins(withBuiltInMatchers({ internalDomains: ['msp.example'] }), withMatchers(mine()))
 * ```
 */
export function withBuiltInMatchers(
  options: BuiltInMatchersOptions = {},
): HaloPluginsFeature<'matchers'> {
  return withMatchers(builtInMatchers(options));
}
