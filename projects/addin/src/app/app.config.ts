import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { HostContext, provideHaloCore, withCoreOptions, withHost } from '@halo-outlook/core';
import { provideEntraFeatures } from './entra/provide-entra-features';
import { PaneLocale } from './i18n/pane-locale';
import { providePaneRuntime } from './runtime/provide-pane-runtime';

/**
 * The task pane's root providers, for the host `connectHost()` found:
 * - core (host adapters, tenant config, sign-in, storage, diagnostics);
 * - the pane runtime, loaded as soon as a tenant is known, without holding up the first screen:
 *   the Halo client, the plugins, the current email's resolution, the lifecycle events and
 *   logging, in an injector of their own (`paneRuntimeProviders()`: register plugins there, not
 *   here);
 * - the optional Microsoft Entra features (MSAL loaded lazily, only when the organisation has an
 *   Entra app);
 * - the pane's language, loaded before the first render.
 */
export function appConfig(host: HostContext): ApplicationConfig {
  return {
    providers: [
      provideBrowserGlobalErrorListeners(),
      provideZonelessChangeDetection(),
      provideHaloCore(withHost(host), withCoreOptions({ scope: 'all offline_access' })),
      providePaneRuntime(),
      provideEntraFeatures(),
      provideAppInitializer(() => inject(PaneLocale).initialize()),
    ],
  };
}
