/** The Microsoft sign-in pop-up's redirect page, beside the pane: register it in the Entra app. */
export const ENTRA_REDIRECT_PAGE = 'auth/entra-redirect.html';

/** The redirect page's full address for this pane (`https://addin.example.com/auth/entra-redirect.html`). */
export function entraRedirectUri(base: string = globalThis.document?.baseURI ?? ''): string {
  return new URL(ENTRA_REDIRECT_PAGE, base).href;
}
