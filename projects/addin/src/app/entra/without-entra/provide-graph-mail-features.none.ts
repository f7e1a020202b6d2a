import { type EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';

/**
 * The build without Entra (`ng build addin -c production,without-entra`, used by
 * `npm run bench:size -- --entra`): no Graph mail features in the pane runtime.
 */
export function provideGraphMailFeatures(): EnvironmentProviders {
  return makeEnvironmentProviders([]);
}
