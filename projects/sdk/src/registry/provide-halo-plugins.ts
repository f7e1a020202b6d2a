import {
  type EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
} from '@angular/core';
import type { HaloPluginsFeature } from './halo-plugins-feature';
import { PluginRegistry } from './plugin-registry';
import { PLUGIN_RUNTIME } from './plugin-runtime';
import { HALO_LOG_ACTIONS, HALO_MATCHERS } from './plugin-tokens';

/**
 * Registers the add-in's plugins — matchers, log actions and how they are run — and provides, in
 * the same injector, the services that run them: the {@link PluginRegistry}, the matcher runner
 * and the resolution store, the log runner and the outbox, the circuit breaker.
 *
 * Call it once, in the injector the plugins run in: the application's root providers, or one
 * environment injector the app creates for its pane (the Halo client, `provideHaloClient()`, and
 * `HaloPluginAccess` belong in that injector too). A multi token provided again below would
 * silently replace the list, so calling it in an injector below one that already has plugins
 * throws. The registry is built when its injector starts, so a malformed or duplicate id fails
 * that start, not the first e-mail.
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
    PluginRegistry,
    ...PLUGIN_RUNTIME,
    provideEnvironmentInitializer(assertRegisteredOnce),
  ]);
}

function assertRegisteredOnce(): void {
  const above = { skipSelf: true, optional: true } as const;
  if (
    inject(PluginRegistry, above) ||
    inject(HALO_MATCHERS, above) ||
    inject(HALO_LOG_ACTIONS, above)
  ) {
    throw new Error(
      'provideHaloPlugins() was called in an injector below one that already has plugins, whose ' +
        'list it would replace. Register every plugin in one provideHaloPlugins(...) call, in the ' +
        'injector the plugins run in (app.config.ts, or the pane runtime the app creates).',
    );
  }
  inject(PluginRegistry); // checks every registration now
}
