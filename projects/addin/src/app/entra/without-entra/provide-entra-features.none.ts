import { type EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';

/**
 * The build without Entra (`ng build addin -c production,without-entra`, used by
 * `npm run bench:size -- --entra`): no Entra features at the root, so the bench can show what
 * wiring them costs the first screen.
 */
export function provideEntraFeatures(): EnvironmentProviders {
  return makeEnvironmentProviders([]);
}
