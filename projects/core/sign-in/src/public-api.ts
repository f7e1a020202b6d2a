/*
 * Public API of @halo-outlook/core/sign-in: the sign-in flow (Authorization Code + PKCE through
 * the Office dialog or a pop-up) and the two sign-in pages. A secondary entry point so that a
 * first screen, which needs only where sign-in stands (`TokenService.state` in
 * `@halo-outlook/core`), does not load the flow: the sign-in view, the banner's Sign in button and
 * the pages import it.
 */

export { SignInService } from './sign-in-service';
export type { SignInResult } from './sign-in-result';
export { AuthDialog } from './dialog/auth-dialog';
export type { AuthDialogOutcome } from './dialog/auth-dialog';
export { createPkcePair, pkceChallenge } from './pkce';
export type { PkcePair } from './pkce';

// Sign-in pages (bundled separately as auth/start.html and auth/callback.html)
export { runAuthStartPage } from './pages/run-auth-start-page';
export { runAuthCallbackPage } from './pages/run-auth-callback-page';
export type { AuthPageEnvironment } from './pages/auth-page-environment';
