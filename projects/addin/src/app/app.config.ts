import { provideHttpClient, withFetch } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { HostContext, provideHaloCore, withCoreOptions, withHost } from '@halo-outlook/core';
import { provideHaloClient } from '@halo-outlook/halo';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import { PaneLocale } from './i18n/pane-locale';
import * as paneEffects from './lifecycle/pane-effects';
import { provideEmailLogging } from './logging/provide-email-logging';
import { providePanePlugins } from './plugins/provide-pane-plugins';
import { provideEmailResolution } from './resolution/provide-email-resolution';

/**
 * The task pane's root providers, for the host `connectHost()` found:
 * - core (host adapters, tenant config, sign-in, storage, diagnostics) and the Halo client;
 * - the plugins (built-in matchers and log actions), registered once, here;
 * - the current email's resolution (followed from start-up, senders and choices kept on the device);
 * - the lifecycle events (`@ngrx/store`) and their effects;
 * - the pane's language, loaded before the first render.
 */
export function appConfig(host: HostContext): ApplicationConfig {
  return {
    providers: [
      provideBrowserGlobalErrorListeners(),
      provideZonelessChangeDetection(),
      provideHaloCore(withHost(host), withCoreOptions({ scope: 'all offline_access' })),
      provideHttpClient(withFetch()),
      provideHaloClient(),
      providePanePlugins(),
      provideEmailResolution(),
      provideStore(),
      provideEffects(paneEffects),
      provideEmailLogging(),
      provideAppInitializer(() => inject(PaneLocale).initialize()),
    ],
  };
}
