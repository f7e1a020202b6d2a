import type { Matcher } from '../contracts/matcher';
import type { HaloPluginsFeature } from './halo-plugins-feature';
import { HALO_MATCHERS } from './plugin-tokens';

/**
 * Registers matchers with `provideHaloPlugins`. Accepts matchers and arrays of matchers (such as
 * a library's `builtInMatchers()`), and may be given more than once.
 *
 * @usageNotes
 * ```ts
 * provideHaloPlugins(withMatchers(builtInMatchers(), vipFlagMatcher()))
 * ```
 */
export function withMatchers(
  ...matchers: readonly (Matcher | readonly Matcher[])[]
): HaloPluginsFeature<'matchers'> {
  return {
    kind: 'matchers',
    providers: [{ provide: HALO_MATCHERS, multi: true, useValue: { plugins: matchers.flat() } }],
  };
}
