import type { KoaContextWithOIDC } from 'oidc-provider';
import { escapeHtml } from '../boundary/halo-simulator.js';

/**
 * oidc-provider's `renderError`: the page shown when an authorization request cannot be sent back
 * to the app (unknown client, unregistered redirect URI, …), like Entra's "Sign in — Sorry, but
 * we're having trouble signing you in." page, with the OAuth error and its description.
 */
export function renderErrorPage(
  ctx: KoaContextWithOIDC,
  out: { error?: string; error_description?: string },
): void {
  ctx.type = 'html';
  ctx.body = errorPageHtml(out);
}

/** The HTML of the error page. */
export function errorPageHtml(out: { error?: string; error_description?: string }): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sign in to your account</title></head>
<body style="font-family: 'Segoe UI', system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
  <h1>Sign in</h1>
  <p>Sorry, but we're having trouble signing you in.</p>
  <p role="alert"><strong>${escapeHtml(out.error ?? 'server_error')}</strong>: ${escapeHtml(out.error_description ?? '')}</p>
  <p><small>Microsoft simulator (test facility).</small></p>
</body>
</html>`;
}
