import {
  EnvironmentInjector,
  type EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
} from '@angular/core';
import type { HaloPluginsFeature } from './halo-plugins-feature';
import { PluginRegistry } from './plugin-registry';

/**
 * Registers the add-in's plugins: matchers, log actions and how they are run.
 *
 * Call it once, in the application's root providers. A multi token provided again in a child
 * injector would silently replace the list, so registering from a child (a lazy route, a
 * component's environment injector) throws at start-up. The registry is built when the injector
 * starts, so a malformed or duplicate id fails the start, not the first e-mail.
 *
 * @usageNotes
 * ```ts
 * bootstrapApplication(App, {
 *   providers: [
 *     provideHaloPlugins(
 *       withMatchers(builtInMatchers({ internalDomains: ['msp.example'] }), vipFlagMatcher()),
 *       withLogActions(builtInLogActions()),
 *       withPluginOptions({ defaultTimeoutMs: 4000 }),
 *     ),
 *   ],
 * });
 * ```
 */
export function provideHaloPlugins(
  ...features: readonly HaloPluginsFeature[]
): EnvironmentProviders {
  return makeEnvironmentProviders([
    ...features.flatMap((feature) => feature.providers),
    provideEnvironmentInitializer(assertRegisteredAtRoot),
  ]);
}

function assertRegisteredAtRoot(): void {
  const here = inject(EnvironmentInjector);
  const registry = inject(PluginRegistry);
  if (registry.injector !== here) {
    throw new Error(
      'provideHaloPlugins() was called in a child injector, where its plugins would replace the ' +
        "application's list. Call it once, in the application's root providers " +
        '(bootstrapApplication or app.config.ts).',
    );
  }
}
