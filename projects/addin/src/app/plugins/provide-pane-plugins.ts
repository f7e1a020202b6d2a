import { EnvironmentProviders, inject, makeEnvironmentProviders } from '@angular/core';
import { HOST_CONTEXT } from '@halo-outlook/core';
import { withBuiltInLogActions } from '@halo-outlook/log-actions';
import { withBuiltInMatchers } from '@halo-outlook/matchers';
import { type RunbookAuth, runbookLogAction } from '@halo-outlook/plugin-runbook';
import {
  HALO_LOG_ACTIONS,
  HALO_MATCHERS,
  provideHaloPlugins,
  withMatchers,
} from '@halo-outlook/sdk';
import { SettingsStore } from '../settings/settings-store';
import { withPaneEmailRules } from './email-rules/pane-email-rules';
import { lazyMatcher } from './lazy-matcher';
import { provideLogDefaultsFromSettings } from './log-defaults-from-settings';
import { settingsNeverLogMatcher } from './settings-never-log-matcher';

/** The runbook an organisation configured on the add-in's start URL. */
export interface StartUrlRunbook {
  readonly url: string;
  readonly auth: RunbookAuth;
}

/**
 * Reads the runbook an organisation put on the add-in's start URL (its manifest): the query
 * parameter `runbookUrl`, and `runbookSecret` when the runbook checks a signature (HMAC-SHA256 in
 * `X-Signature`, hex). Null when there is no `runbookUrl`.
 */
export function readStartUrlRunbook(startUrl: string): StartUrlRunbook | null {
  let params: URLSearchParams;
  try {
    params = new URL(startUrl).searchParams;
  } catch {
    return null;
  }
  const url = params.get('runbookUrl')?.trim();
  if (!url) return null;
  const secret = params.get('runbookSecret')?.trim();
  return { url, auth: secret ? { kind: 'signature', secret } : { kind: 'none' } };
}

/**
 * The pane's plugins, registered once, in the pane runtime (`paneRuntimeProviders()`: the sdk
 * runs plugins in the injector that registers them): the built-in matchers,
 * the agent's never-log domains (a matcher reading Settings), the email classification
 * (`@halo-outlook/plugin-classification` with `withMatchers`, its code loaded on the first email),
 * Halo's email rules (`@halo-outlook/plugin-email-rules`, rules from Halo or Settings), the
 * built-in log actions, a runbook action when the organisation configured one (`runbookUrl` on
 * the start URL, see docs/plugins.md), and the defaults the log forms start from (the agent's
 * settings, with the ticket type of each tag).
 *
 * An organisation's own plugins are added here: `withMatchers(…)`, `withLogActions(…)`.
 */
export function providePanePlugins(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHaloPlugins(
      withBuiltInMatchers(),
      withMatchers(
        // The classifier and its corpus load on the first email, outside the initial bundle.
        lazyMatcher({ id: 'example.classification', priority: 5, timeoutMs: 4000 }, () =>
          import('@halo-outlook/plugin-classification').then((m) =>
            m.classificationMatcher({ minimumConfidence: 0.5 }),
          ),
        ),
      ),
      // Halo's email rules (else those of Settings): about 3 KB gzip, so not loaded lazily.
      withPaneEmailRules(),
      withBuiltInLogActions(),
    ),
    {
      provide: HALO_MATCHERS,
      multi: true,
      useFactory: () => {
        const settings = inject(SettingsStore);
        return { plugins: [settingsNeverLogMatcher(() => settings.neverLogDomains())] };
      },
    },
    {
      provide: HALO_LOG_ACTIONS,
      multi: true,
      useFactory: () => {
        const runbook = readStartUrlRunbook(inject(HOST_CONTEXT).startUrl);
        if (!runbook) return { plugins: [] };
        return {
          plugins: [
            runbookLogAction({
              id: 'org.runbook',
              label: $localize`:@@plugins.runbook.label:Send to runbook`,
              url: runbook.url,
              auth: runbook.auth,
            }),
          ],
        };
      },
    },
    provideLogDefaultsFromSettings(),
  ]);
}
