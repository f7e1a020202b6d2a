import { AppError } from '../errors/app-error';

/**
 * Where sign-in stands, for the pane's state machine: `setup` (no tenant yet), `restoring`
 * (reading stored tokens at start-up), `signed-out` (with the reason when it was not the user's
 * choice), `signed-in`.
 */
export type AuthState =
  | { readonly status: 'setup' }
  | { readonly status: 'restoring' }
  | { readonly status: 'signed-out'; readonly reason: AppError | null }
  | { readonly status: 'signed-in'; readonly expiresAt: number; readonly scope: string | null };
