function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** A PKCE verifier, its S256 challenge and a `state` value. */
export async function createPkce(): Promise<{
  verifier: string;
  challenge: string;
  state: string;
}> {
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)),
  );
  return {
    verifier,
    challenge: base64Url(digest),
    state: base64Url(crypto.getRandomValues(new Uint8Array(16))),
  };
}

/** What the start page keeps in the dialog's own session storage for the callback page. */
export interface PendingSignIn {
  readonly verifier: string;
  readonly state: string;
  readonly redirectUri: string;
}

/** The session-storage key of the {@link PendingSignIn}. */
export const PENDING_SIGN_IN_KEY = 'halo-probe.pending-sign-in';
