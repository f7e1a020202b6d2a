import type { IPublicClientApplication } from '@azure/msal-browser';

/**
 * How the add-in signs in to Microsoft: `nested` through Outlook's own sign-in (Nested App
 * Authentication, no window of ours), `popup` in a browser pop-up window of its own.
 */
export type EntraSignInMode = 'nested' | 'popup';

/** An initialised MSAL client and the way it signs in. */
export interface EntraClient {
  /** MSAL's public client application, already initialised. */
  readonly pca: IPublicClientApplication;
  /** Nested App Authentication or pop-up windows. */
  readonly mode: EntraSignInMode;
}
