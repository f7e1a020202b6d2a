import { InjectionToken } from '@angular/core';
import type { EntraServices, LoadEntraOptions } from '@halo-outlook/entra';

/** What the app uses of `@halo-outlook/entra` once it is loaded. */
export interface EntraLibrary {
  /** Creates the MSAL client and the Entra services in a child injector. */
  loadEntra(options: LoadEntraOptions): Promise<EntraServices>;
}

/**
 * Loads `@halo-outlook/entra` — and MSAL with it — as a lazy chunk. The only way the app reaches
 * the library (ESLint refuses a static import), so an organisation without an Entra app never
 * downloads it. Specs provide a fake library here.
 */
export const ENTRA_LIBRARY = new InjectionToken<() => Promise<EntraLibrary>>('ENTRA_LIBRARY', {
  providedIn: 'root',
  factory: () => () => import('@halo-outlook/entra'),
});
