import {
  DEFAULT_HALO_PLUGIN_OPTIONS,
  HALO_PLUGIN_OPTIONS,
  type HaloPluginOptions,
} from './halo-plugin-options';
import type { HaloPluginsFeature } from './halo-plugins-feature';

/**
 * Sets how plugins are run: the default time box, the circuit breaker, plugins switched off.
 * Options not given keep their defaults ({@link DEFAULT_HALO_PLUGIN_OPTIONS}).
 *
 * @usageNotes
 * ```ts
 * provideHaloPlugins(
 *   withMatchers(builtInMatchers()),
 *   withPluginOptions({ defaultTimeoutMs: 5000, disabled: ['halo.open-tickets'] }),
 * )
 * ```
 */
export function withPluginOptions(
  options: Partial<HaloPluginOptions>,
): HaloPluginsFeature<'options'> {
  const merged: HaloPluginOptions = Object.freeze({ ...DEFAULT_HALO_PLUGIN_OPTIONS, ...options });
  for (const key of ['defaultTimeoutMs', 'failuresBeforeBreak', 'breakCoolDownMs'] as const) {
    if (!(Number.isFinite(merged[key]) && merged[key] > 0)) {
      throw new Error(
        `withPluginOptions: ${key} must be a positive number, got ${String(merged[key])}.`,
      );
    }
  }
  return {
    kind: 'options',
    providers: [{ provide: HALO_PLUGIN_OPTIONS, useValue: merged }],
  };
}
