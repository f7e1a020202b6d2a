import { provideHttpClient, withFetch } from '@angular/common/http';
import { HaloFacades, provideHaloClient } from '@halo-outlook/halo';
import { HaloPluginAccess } from '@halo-outlook/sdk';
import { Actions, EffectSources, EffectsRunner, provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import { provideGraphMailFeatures } from '../entra/provide-graph-mail-features';
import * as paneEffects from '../lifecycle/pane-effects';
import { provideEmailLogging } from '../logging/provide-email-logging';
import { providePaneStores } from '../pane/provide-pane-stores';
import { providePanePlugins } from '../plugins/provide-pane-plugins';
import { provideEmailResolution } from '../resolution/provide-email-resolution';
import type { PaneRuntimeProviders } from './pane-runtime-loader';

/**
 * The pane runtime's providers, in its own chunk and its own environment injector
 * ({@link PaneRuntime}):
 * - `HttpClient` and the Halo client, with the plugins' access to Halo (`HaloPluginAccess`);
 * - the plugins (built-in matchers and log actions), registered once, here — with the services
 *   that run them, which `provideHaloPlugins` puts beside them;
 * - what reads mail through Microsoft Graph when the organisation configured Entra (the original
 *   message where Outlook cannot export it, "Log the conversation");
 * - the current email's resolution (followed from the moment the runtime starts);
 * - the lifecycle events (`@ngrx/store`) and their effects;
 * - logging and the outbox; the pane's stores.
 *
 * An organisation's or a feature's plugins are registered here too (with `providePanePlugins()`),
 * never in the root providers: the sdk refuses plugins registered above the injector that runs them.
 */
export function paneRuntimeProviders(): PaneRuntimeProviders {
  return [
    provideHttpClient(withFetch()),
    provideHaloClient(),
    // Its providedIn: 'root' default reads the root injector's Halo client; this is this injector's.
    { provide: HaloPluginAccess, useExisting: HaloFacades },
    providePanePlugins(),
    provideGraphMailFeatures(),
    provideEmailResolution(),
    provideStore(),
    // @ngrx/effects' runner is providedIn: 'root'; below the root, it must live beside the store.
    Actions,
    EffectSources,
    EffectsRunner,
    provideEffects(paneEffects),
    provideEmailLogging(),
    providePaneStores(),
  ];
}
