import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';

/**
 * How MSAL clients are made: MSAL's own factories by default, fakes in specs. Both resolve with
 * an initialised client.
 */
export interface MsalFactories {
  /** A client that signs in through Outlook (Nested App Authentication). */
  nestable(configuration: Configuration): Promise<IPublicClientApplication>;
  /** A client that signs in with pop-up windows. */
  standard(configuration: Configuration): Promise<IPublicClientApplication>;
}

/** MSAL's factories. `createNestablePublicClientApplication` returns a Promise: it is awaited. */
export const MSAL_FACTORIES: MsalFactories = Object.freeze({
  nestable: (configuration: Configuration) => createNestablePublicClientApplication(configuration),
  standard: (configuration: Configuration) => createStandardPublicClientApplication(configuration),
});
