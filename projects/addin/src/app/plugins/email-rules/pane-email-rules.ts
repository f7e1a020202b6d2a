import { inject, type Signal } from '@angular/core';
import {
  checkEmailRules,
  emailRulesMatcher,
  haloEmailRules,
  type EmailRule,
} from '@halo-outlook/plugin-email-rules';
import { HALO_MATCHERS, type HaloPluginsFeature, type Matcher } from '@halo-outlook/sdk';
import { SettingsStore } from '../../settings/settings-store';

/** What the pane's email rules matcher reads from Settings, at each email. */
export interface PaneEmailRuleSettings {
  /** Whether to read Halo's own rules. */
  readonly haloEmailRules: Signal<boolean>;
  /** Halo's rule type codes that mean "ignore". */
  readonly emailRuleIgnoreTypes: Signal<readonly number[]>;
  /** The rules kept in Settings, for where Halo's cannot be read. */
  readonly emailRules: Signal<readonly EmailRule[]>;
}

/**
 * The email rules plugin as the pane sets it up: Halo's own rules (`GET /api/EmailRule`, once per
 * session) where the tenant lets the agent read them, else the rules kept in Settings (those that
 * check); the rule
 * types Settings names read as "ignore". Settings are read at each email, so a change applies to
 * the next one.
 *
 * @usageNotes
 * `withMatchers(paneEmailRulesMatcher(inject(SettingsStore)))`
 */
export function paneEmailRulesMatcher(settings: PaneEmailRuleSettings): Matcher {
  return emailRulesMatcher({
    rules: haloEmailRules({
      readHalo: () => settings.haloEmailRules(),
      reading: () => ({ ignoreTypes: settings.emailRuleIgnoreTypes() }),
      // Settings keep the rules as stored: only those that check are applied.
      configured: () => checkEmailRules(settings.emailRules()).rules,
    }),
  });
}

/**
 * Registers the pane's email rules matcher with `provideHaloPlugins(...)`: `withMatchers` for a
 * matcher that needs the agent's Settings, so it is made where they can be injected.
 *
 * @usageNotes
 * `provideHaloPlugins(withBuiltInMatchers(), withPaneEmailRules(), withBuiltInLogActions())`
 */
export function withPaneEmailRules(): HaloPluginsFeature<'matchers'> {
  return {
    kind: 'matchers',
    providers: [
      {
        provide: HALO_MATCHERS,
        multi: true,
        useFactory: () => ({ plugins: [paneEmailRulesMatcher(inject(SettingsStore))] }),
      },
    ],
  };
}
