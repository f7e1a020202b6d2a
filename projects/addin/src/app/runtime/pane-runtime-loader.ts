import { type EnvironmentProviders, InjectionToken, type Provider } from '@angular/core';

/** The providers of the pane runtime, as its chunk gives them. */
export type PaneRuntimeProviders = readonly (Provider | EnvironmentProviders)[];

/**
 * Downloads the pane runtime's chunk and gives its providers (`paneRuntimeProviders()`). A spec
 * replaces it to run a view over providers of its own.
 *
 * @usageNotes
 * `{ provide: PANE_RUNTIME_LOADER, useValue: async () => [provideHaloClient()] }`
 */
export const PANE_RUNTIME_LOADER = new InjectionToken<() => Promise<PaneRuntimeProviders>>(
  'PANE_RUNTIME_LOADER',
  {
    providedIn: 'root',
    factory: () => () => import('./pane-runtime-providers').then((m) => m.paneRuntimeProviders()),
  },
);
