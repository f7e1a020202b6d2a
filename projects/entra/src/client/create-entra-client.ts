import type { DiagnosticsLog, EntraSettings } from '@halo-outlook/core';
import type { EntraClient } from './entra-client';
import { msalConfiguration } from './msal-configuration';
import { MSAL_FACTORIES, type MsalFactories } from './msal-factories';

/** What {@link createEntraClient} needs besides the settings. */
export interface CreateEntraClientOptions {
  /** True when Outlook supports Nested App Authentication (`NestedAppAuth` 1.1). */
  readonly nestedAppAuth: boolean;
  /** The pop-up's redirect page (`<add-in>/auth/entra-redirect.html`). */
  readonly redirectUri: string;
  /** MSAL's factories (fakes in specs). */
  readonly factories?: MsalFactories;
  /** Where MSAL's warnings go. */
  readonly log?: DiagnosticsLog;
}

/**
 * Creates and initialises the MSAL client: inside an Outlook that supports Nested App
 * Authentication (`NestedAppAuth` 1.1) the nestable client, which signs in through Outlook
 * (`createNestablePublicClientApplication`, awaited); otherwise — outside Outlook, in the
 * workbench, in an Outlook without it — a standard client that signs in with pop-up windows.
 * Redirect sign-in is never used: it would navigate the task pane away.
 *
 * @usageNotes
 * ```ts
 * const client = await createEntraClient(settings, {
 *   nestedAppAuth: inject(HostRequirements).isSetSupported('NestedAppAuth', '1.1'),
 *   redirectUri: new URL('auth/entra-redirect.html', document.baseURI).href,
 * });
 * ```
 */
export async function createEntraClient(
  settings: EntraSettings,
  options: CreateEntraClientOptions,
): Promise<EntraClient> {
  const factories = options.factories ?? MSAL_FACTORIES;
  const configuration = msalConfiguration(settings, options.redirectUri, options.log);
  if (options.nestedAppAuth) {
    return { pca: await factories.nestable(configuration), mode: 'nested' };
  }
  return { pca: await factories.standard(configuration), mode: 'popup' };
}
