import { createSign, createVerify } from 'node:crypto';
import type { SigningKey } from './signing-key.js';

/** Why a JWT was refused. */
export type JwtProblem = 'malformed' | 'algorithm' | 'key' | 'signature';

/** A JWT that could not be read or whose signature is wrong. */
export class JwtError extends Error {
  override readonly name = 'JwtError';
  constructor(
    readonly problem: JwtProblem,
    message: string,
  ) {
    super(message);
  }
}

/** A verified JWT's header and claims. */
export interface VerifiedJwt {
  readonly header: Record<string, unknown>;
  readonly claims: Record<string, unknown>;
}

function decodePart(part: string, what: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // reported below
  }
  throw new JwtError('malformed', `The JWT's ${what} is not a base64url JSON object.`);
}

/** Signs claims as an RS256 JWT with the authority's key (for test tokens). */
export function signJwt(claims: Record<string, unknown>, key: SigningKey): string {
  const header = { typ: 'at+jwt', alg: 'RS256', kid: key.kid };
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(
    JSON.stringify(claims),
  ).toString('base64url')}`;
  const signature = createSign('RSA-SHA256').update(input).sign(key.privateKey, 'base64url');
  return `${input}.${signature}`;
}

/**
 * Verifies an RS256 JWT signed with the authority's key and returns its header and claims.
 * Checks the structure, `alg`, `kid` and signature only: the caller checks the claims.
 */
export function verifyJwt(token: string, key: SigningKey): VerifiedJwt {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) {
    throw new JwtError('malformed', 'The token is not a JWT (three base64url parts).');
  }
  const [head = '', body = '', signature = ''] = parts;
  const header = decodePart(head, 'header');
  const claims = decodePart(body, 'payload');
  if (header['alg'] !== 'RS256') {
    throw new JwtError('algorithm', `The token's algorithm ${String(header['alg'])} is not RS256.`);
  }
  if (header['kid'] !== key.kid) {
    throw new JwtError('key', 'The token was not signed with a key of this authority.');
  }
  const valid = createVerify('RSA-SHA256')
    .update(`${head}.${body}`)
    .verify(key.publicKey, signature, 'base64url');
  if (!valid) throw new JwtError('signature', "The token's signature is not valid.");
  return { header, claims };
}
