import type { AppError } from '@halo-outlook/core';

/** What {@link SignInService.signIn} ended with. It never throws. */
export type SignInResult =
  | { readonly outcome: 'signed-in' }
  | { readonly outcome: 'cancelled' }
  | { readonly outcome: 'failed'; readonly error: AppError };
