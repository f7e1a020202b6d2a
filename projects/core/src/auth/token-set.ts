/** The tokens of one signed-in session. */
export interface TokenSet {
  /** The bearer token for `/api`. */
  readonly accessToken: string;
  /** The refresh token, when Halo issued one. */
  readonly refreshToken: string | null;
  /** When the access token expires, in epoch milliseconds. */
  readonly expiresAt: number;
  /** The scopes granted, as Halo reported them. */
  readonly scope: string | null;
}

/**
 * Reads a token endpoint's JSON into a {@link TokenSet}; returns null when it is not one.
 * `previousRefreshToken` is kept when the response carries no new refresh token (no rotation).
 */
export function parseTokenResponse(
  body: unknown,
  now: number,
  previousRefreshToken: string | null = null,
): TokenSet | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  if (typeof b['access_token'] !== 'string' || !b['access_token']) return null;
  const expiresIn = Number(b['expires_in']);
  return {
    accessToken: b['access_token'],
    refreshToken:
      typeof b['refresh_token'] === 'string' && b['refresh_token']
        ? b['refresh_token']
        : previousRefreshToken,
    expiresAt: now + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600) * 1000,
    scope: typeof b['scope'] === 'string' ? b['scope'] : null,
  };
}
