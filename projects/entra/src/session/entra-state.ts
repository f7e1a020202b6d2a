import type { AppError } from '@halo-outlook/core';

/** The Microsoft account the agent signed in with. */
export interface EntraAccount {
  /** The sign-in name (`alex@contoso.com`). */
  readonly username: string;
  /** The display name, when Microsoft gives one. */
  readonly name: string | null;
  /** The Entra tenant (directory) id: the `tid` claim. */
  readonly tenantId: string;
  /** MSAL's id of the account (`<object id>.<tenant id>`). */
  readonly homeAccountId: string;
}

/**
 * Where the Microsoft sign-in stands: `signed-out`; `signing-in` (a pop-up or Outlook is asking,
 * or a stored sign-in is being restored); `signed-in` with the account; `error` with an `AppError`
 * saying what happened and what to do.
 */
export type EntraState =
  | { readonly status: 'signed-out' }
  | { readonly status: 'signing-in' }
  | { readonly status: 'signed-in'; readonly account: EntraAccount }
  | { readonly status: 'error'; readonly error: AppError };

/**
 * Whether a Graph permission is granted: `granted` (a token for it was issued), `not-granted`
 * (Microsoft asked for consent, or it was refused), `unknown` (not checked yet).
 */
export type ScopeConsent = 'granted' | 'not-granted' | 'unknown';
