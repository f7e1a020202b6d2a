import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { DiagnosticsLog, HostRequirements, type EntraSettings } from '@halo-outlook/core';
import { createEntraClient } from '../client/create-entra-client';
import type { MsalFactories } from '../client/msal-factories';
import { GraphClient } from '../graph/graph-client';
import { EntraSession } from '../session/entra-session';
import { provideEntra } from './provide-entra';

/** What {@link loadEntra} needs. */
export interface LoadEntraOptions {
  /** The organisation's Entra settings (`TenantConfigStore.entra()`). */
  readonly settings: EntraSettings;
  /** The pop-up's redirect page, registered in the Entra app (`<add-in>/auth/entra-redirect.html`). */
  readonly redirectUri: string;
  /** The app's injector: the services are created in a child of it. */
  readonly parent: EnvironmentInjector;
  /** MSAL's factories (fakes in specs). */
  readonly factories?: MsalFactories;
}

/** The loaded Entra services. */
export interface EntraServices {
  /** The agent's Microsoft sign-in and access tokens. */
  readonly session: EntraSession;
  /** Microsoft Graph for the agent's mailbox. */
  readonly graph: GraphClient;
  /** The child injector holding them (destroy it to drop them). */
  readonly injector: EnvironmentInjector;
}

/**
 * Starts the Entra features: creates and awaits the MSAL client (through Outlook when it supports
 * Nested App Authentication, pop-ups otherwise), provides the services in a child injector of
 * `parent`, and restores a sign-in kept from before. This is the library's entry point for an app
 * that loads it lazily, so that MSAL is downloaded only by organisations that use it.
 *
 * @usageNotes
 * ```ts
 * const { loadEntra } = await import('@halo-outlook/entra');
 * const entra = await loadEntra({ settings, redirectUri, parent: inject(EnvironmentInjector) });
 * entra.session.state();
 * ```
 */
export async function loadEntra(options: LoadEntraOptions): Promise<EntraServices> {
  const { settings, redirectUri, parent } = options;
  const client = await createEntraClient(settings, {
    nestedAppAuth: parent.get(HostRequirements).isSetSupported('NestedAppAuth', '1.1'),
    redirectUri,
    factories: options.factories,
    log: parent.get(DiagnosticsLog),
  });
  const injector = createEnvironmentInjector(
    [provideEntra(client, settings, redirectUri)],
    parent,
    'Entra',
  );
  const session = injector.get(EntraSession);
  await session.restore();
  return { session, graph: injector.get(GraphClient), injector };
}
