import { EnvironmentProviders, inject, makeEnvironmentProviders } from '@angular/core';
import { withBuiltInLogActions } from '@halo-outlook/log-actions';
import { withBuiltInMatchers } from '@halo-outlook/matchers';
import { HALO_MATCHERS, provideHaloPlugins } from '@halo-outlook/sdk';
import { SettingsStore } from '../settings/settings-store';
import { provideLogDefaultsFromSettings } from './log-defaults-from-settings';
import { settingsNeverLogMatcher } from './settings-never-log-matcher';

/**
 * The pane's plugins, registered once at the root (as the sdk requires): the built-in matchers,
 * the agent's never-log domains (a matcher reading Settings), the built-in log actions, and the
 * defaults their forms start from (the agent's settings).
 *
 * An organisation's own plugins are added here: `withMatchers(…)`, `withLogActions(…)`.
 */
export function providePanePlugins(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHaloPlugins(withBuiltInMatchers(), withBuiltInLogActions()),
    {
      provide: HALO_MATCHERS,
      multi: true,
      useFactory: () => {
        const settings = inject(SettingsStore);
        return { plugins: [settingsNeverLogMatcher(() => settings.neverLogDomains())] };
      },
    },
    provideLogDefaultsFromSettings(),
  ]);
}
