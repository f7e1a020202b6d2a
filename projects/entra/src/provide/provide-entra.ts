import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import type { EntraSettings } from '@halo-outlook/core';
import type { EntraClient } from '../client/entra-client';
import { GraphClient } from '../graph/graph-client';
import { EntraSession } from '../session/entra-session';
import { ENTRA_CLIENT, ENTRA_REDIRECT_URI, ENTRA_SETTINGS } from './entra-tokens';

/**
 * The Entra services (`EntraSession`, `GraphClient`) over an initialised MSAL client, for a child
 * environment injector created once the client exists (the client is provided as a value: MSAL's
 * nestable client is only had by awaiting a promise). `loadEntra` does all of this; use
 * `provideEntra` directly only to assemble the services yourself (specs, another app).
 *
 * @usageNotes
 * ```ts
 * const client = await createEntraClient(settings, { nestedAppAuth, redirectUri });
 * const injector = createEnvironmentInjector(
 *   [provideEntra(client, settings, redirectUri)], inject(EnvironmentInjector));
 * injector.get(EntraSession);
 * ```
 */
export function provideEntra(
  client: EntraClient,
  settings: EntraSettings,
  redirectUri: string,
): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: ENTRA_CLIENT, useValue: client },
    { provide: ENTRA_SETTINGS, useValue: settings },
    { provide: ENTRA_REDIRECT_URI, useValue: redirectUri },
    EntraSession,
    GraphClient,
  ]);
}
