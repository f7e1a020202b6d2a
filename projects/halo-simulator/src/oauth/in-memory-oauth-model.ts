import { randomBytes } from 'node:crypto';
import type OAuth2Server from '@node-oauth/oauth2-server';
import { type OAuthClientApp, isAllowedRedirectUri } from './oauth-client-app.js';
import { areKnownScopes } from './scopes.js';

/** The user behind a token: a Halo agent. */
export interface TokenUser {
  agentId: number;
}

/** Settings of the token store. */
export interface OAuthModelSettings {
  clients: OAuthClientApp[];
  /** Only issue refresh tokens when `offline_access` is in the scope. */
  refreshTokenRequiresOfflineAccess: boolean;
  /** Checks that the agent may still use tokens (exists, not disabled). */
  isActiveAgent(agentId: number): boolean;
}

interface RefreshEntry {
  token: OAuth2Server.RefreshToken;
  /** Times the token was exchanged; a rotated token is accepted once more (uses < 2). */
  uses: number;
}

function toClient(app: OAuthClientApp): OAuth2Server.Client {
  return { id: app.id, grants: app.grants, redirectUris: app.redirectUris };
}

function readAgentId(user: OAuth2Server.User): number {
  const value: unknown = user['agentId'];
  return typeof value === 'number' ? value : 0;
}

/**
 * The in-memory model for `@node-oauth/oauth2-server`: clients, authorization codes, access
 * and refresh tokens. Halo-specific parts: scope validation against Halo's scope names, refresh
 * tokens only with `offline_access` (switchable), rotation with the previous token accepted once.
 */
export class InMemoryOAuthModel
  implements OAuth2Server.AuthorizationCodeModel, OAuth2Server.RefreshTokenModel
{
  private readonly codes = new Map<string, OAuth2Server.AuthorizationCode>();
  private readonly accessTokens = new Map<string, OAuth2Server.Token>();
  private readonly refreshTokens = new Map<string, RefreshEntry>();

  /** @param settings clients and switches */
  constructor(private readonly settings: OAuthModelSettings) {}

  /** The registered application with this id, if any. */
  findApp(clientId: string): OAuthClientApp | undefined {
    return this.settings.clients.find((app) => app.id === clientId);
  }

  /** Library hook: the client, checking the secret of confidential clients. */
  async getClient(
    clientId: string,
    clientSecret: string | null,
  ): Promise<OAuth2Server.Client | false> {
    const app = this.findApp(clientId);
    if (!app) return false;
    if (
      app.secret !== undefined &&
      clientSecret !== null &&
      clientSecret !== undefined &&
      clientSecret !== app.secret
    )
      return false;
    return toClient(app);
  }

  /** Library hook: redirect URI allow-list (prefix entries ending in `*`). */
  async validateRedirectUri(redirectUri: string, client: OAuth2Server.Client): Promise<boolean> {
    const app = this.findApp(client.id);
    return app !== undefined && isAllowedRedirectUri(redirectUri, app.redirectUris);
  }

  /** Library hook: only Halo's scope names; no scope means `all`. */
  async validateScope(
    _user: OAuth2Server.User,
    _client: OAuth2Server.Client,
    scope?: string[],
  ): Promise<string[] | false> {
    const requested = scope && scope.length > 0 ? scope : ['all'];
    return areKnownScopes(requested) ? requested : false;
  }

  /** Library hook. */
  async saveAuthorizationCode(
    code: Pick<
      OAuth2Server.AuthorizationCode,
      | 'authorizationCode'
      | 'expiresAt'
      | 'redirectUri'
      | 'scope'
      | 'codeChallenge'
      | 'codeChallengeMethod'
    >,
    client: OAuth2Server.Client,
    user: OAuth2Server.User,
  ): Promise<OAuth2Server.AuthorizationCode> {
    const saved: OAuth2Server.AuthorizationCode = { ...code, client, user };
    this.codes.set(code.authorizationCode, saved);
    return saved;
  }

  /** Library hook. */
  async getAuthorizationCode(
    authorizationCode: string,
  ): Promise<OAuth2Server.AuthorizationCode | false> {
    return this.codes.get(authorizationCode) ?? false;
  }

  /** Library hook: a code works once. */
  async revokeAuthorizationCode(code: OAuth2Server.AuthorizationCode): Promise<boolean> {
    return this.codes.delete(code.authorizationCode);
  }

  /** Library hook: stores the tokens; drops the refresh token when the scope lacks `offline_access` (if so configured). */
  async saveToken(
    token: OAuth2Server.Token,
    client: OAuth2Server.Client,
    user: OAuth2Server.User,
  ): Promise<OAuth2Server.Token> {
    const saved: OAuth2Server.Token = { ...token, client, user };
    const scope = token.scope ?? [];
    if (this.settings.refreshTokenRequiresOfflineAccess && !scope.includes('offline_access')) {
      delete saved.refreshToken;
      delete saved.refreshTokenExpiresAt;
    }
    this.accessTokens.set(saved.accessToken, saved);
    if (saved.refreshToken) {
      this.refreshTokens.set(saved.refreshToken, {
        token: {
          refreshToken: saved.refreshToken,
          refreshTokenExpiresAt: saved.refreshTokenExpiresAt,
          scope,
          client,
          user,
        },
        uses: 0,
      });
    }
    return saved;
  }

  /** Library hook: the access token, unless its agent was disabled meanwhile. */
  async getAccessToken(accessToken: string): Promise<OAuth2Server.Token | false> {
    const token = this.accessTokens.get(accessToken);
    if (!token || !this.settings.isActiveAgent(readAgentId(token.user))) return false;
    return token;
  }

  /** Library hook: a refresh token is good for its first exchange and one more (the grace use after rotation). */
  async getRefreshToken(refreshToken: string): Promise<OAuth2Server.RefreshToken | false> {
    const entry = this.refreshTokens.get(refreshToken);
    if (!entry || entry.uses >= 2 || !this.settings.isActiveAgent(readAgentId(entry.token.user)))
      return false;
    return entry.token;
  }

  /** Library hook: counts a use of the refresh token instead of deleting it at once. */
  async revokeToken(token: OAuth2Server.RefreshToken): Promise<boolean> {
    const entry = this.refreshTokens.get(token.refreshToken);
    if (!entry) return false;
    entry.uses += 1;
    return true;
  }

  /** Issues a token directly (test/benchmark helper behind `control.issueToken`). */
  issueDirect(
    clientId: string,
    agentId: number,
    scope: string[],
    ttlSeconds: number,
    refreshTtlSeconds: number,
  ): OAuth2Server.Token {
    const app = this.findApp(clientId);
    if (!app) throw new Error(`unknown client ${clientId}`);
    const now = Date.now();
    const token: OAuth2Server.Token = {
      accessToken: randomBytes(32).toString('base64url'),
      accessTokenExpiresAt: new Date(now + ttlSeconds * 1000),
      refreshToken: randomBytes(32).toString('base64url'),
      refreshTokenExpiresAt: new Date(now + refreshTtlSeconds * 1000),
      scope,
      client: toClient(app),
      user: { agentId },
    };
    // saveToken is async only for the library's sake; the work is synchronous.
    void this.saveToken(token, token.client, token.user);
    return this.accessTokens.get(token.accessToken) ?? token;
  }
}
