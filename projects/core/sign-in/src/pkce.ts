/** A PKCE verifier and its S256 challenge (RFC 7636). */
export interface PkcePair {
  /** The secret kept by the client: 43 base64url characters from 32 random bytes. */
  readonly verifier: string;
  /** `base64url(sha256(verifier))`, sent on the authorize request. */
  readonly challenge: string;
}

/** Encodes bytes as base64url without padding (RFC 4648 §5). */
export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `byteCount` cryptographically random bytes as base64url: verifiers, `state`, nonces. */
export function randomUrlSafe(byteCount = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(byteCount)));
}

/**
 * The S256 code challenge of a verifier: `BASE64URL(SHA256(ASCII(verifier)))`.
 *
 * @usageNotes
 * RFC 7636 appendix B: `dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk` →
 * `E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM`.
 */
export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** Makes a fresh verifier and its S256 challenge. */
export async function createPkcePair(): Promise<PkcePair> {
  const verifier = randomUrlSafe(32);
  return { verifier, challenge: await pkceChallenge(verifier) };
}
