import { type KeyObject, createHash, generateKeyPairSync } from 'node:crypto';
import type { JWK } from 'oidc-provider';

/** The RSA key the authority signs id and access tokens with (new at every start, like a rotated key). */
export interface SigningKey {
  /** Key id (`kid` in token headers and in the JWKS). */
  readonly kid: string;
  /** The private key as a JWK, for oidc-provider's `jwks`. */
  readonly privateJwk: JWK;
  readonly privateKey: KeyObject;
  /** What Graph verifies access tokens with. */
  readonly publicKey: KeyObject;
}

/** Generates an RS256 signing key (2048-bit RSA). */
export function createSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const publicJwk = publicKey.export({ format: 'jwk' });
  const kid = createHash('sha256')
    .update(`${publicJwk.n ?? ''}.${publicJwk.e ?? ''}`)
    .digest('base64url')
    .slice(0, 27);
  const privateJwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateJwk: privateJwk as JWK, privateKey, publicKey };
}
