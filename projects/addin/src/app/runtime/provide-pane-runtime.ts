import {
  type EnvironmentProviders,
  effect,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
  untracked,
} from '@angular/core';
import { TenantConfigStore } from '@halo-outlook/core';
import { PaneRuntime } from './pane-runtime';

/**
 * Starts loading the pane runtime ({@link PaneRuntime}) as soon as a Halo tenant is known — at
 * start-up for an agent who set one up, else when set-up completes — without waiting for it: the
 * first screen renders at once, and the current email is resolved while the pane view's own code
 * is still downloading. A failed load is tried again when a view needs the runtime.
 *
 * @usageNotes
 * `providers: [provideHaloCore(...), providePaneRuntime()]` in `appConfig`; the runtime's own
 * providers (Halo client, plugins, resolution, events, logging) are `paneRuntimeProviders()`.
 */
export function providePaneRuntime(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideEnvironmentInitializer(() => {
      const runtime = inject(PaneRuntime);
      const tenant = inject(TenantConfigStore);
      effect(() => {
        if (tenant.config()) untracked(() => runtime.load().catch(() => undefined));
      });
    }),
  ]);
}
