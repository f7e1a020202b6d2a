import { randomBytes } from 'node:crypto';
import Provider, { type Configuration, errors, type KoaContextWithOIDC } from 'oidc-provider';
import { originAllowed } from '../cors/origin-patterns.js';
import type { Tenant } from '../directory/tenant.js';
import { type MicrosoftContext, authorityOf } from '../simulator/microsoft-context.js';
import { addClientInfo } from './client-info.js';
import { consentedGrant } from './consented-grant.js';
import { entraInteractionPolicy } from './entra-interaction-policy.js';
import { renderErrorPage } from './error-page.js';
import {
  GRAPH_DEFAULT_SCOPE,
  GRAPH_RESOURCE,
  allGraphScopeStrings,
  graphPermission,
  splitScopes,
} from './graph-scopes.js';
import { redirectUriAllowed } from './redirect-uri-rule.js';
import type { TenantAccounts } from './tenant-accounts.js';

/** Entra's v2 endpoint paths, relative to `/<tenant id>` (the discovery document is aliased). */
export const ENTRA_ROUTES = {
  authorization: '/oauth2/v2.0/authorize',
  token: '/oauth2/v2.0/token',
  jwks: '/discovery/v2.0/keys',
  end_session: '/oauth2/v2.0/logout',
} as const;

/** Where the login page of an interaction is, relative to `/<tenant id>`. */
export const LOGIN_PATH = '/oauth2/v2.0/login';

/** The Graph permissions an access token carries (`scp`), short form; `.default` = all consented. */
function permissionsOf(ctx: MicrosoftContext, scope: string | undefined): string[] {
  const requested = splitScopes(scope);
  const permissions = new Set<string>();
  for (const s of requested) {
    if (s === GRAPH_DEFAULT_SCOPE) ctx.consent.list().forEach((p) => permissions.add(p));
    const permission = graphPermission(s);
    if (permission) permissions.add(permission);
  }
  return [...permissions];
}

/**
 * One tenant's OpenID provider (oidc-provider), shaped like Entra's v2 endpoint: issuer
 * `https://127.0.0.1:<port>/<tenant id>/v2.0`, Entra's endpoint paths, one public SPA client (no
 * secret, PKCE S256 required, CORS for loopback origins), refresh tokens rotated on use, RS256 id
 * tokens with Entra's claims, and JWT access tokens for Microsoft Graph (`aud`
 * `https://graph.microsoft.com`, `scp`, `tid`, `oid`). Graph permissions are granted from the
 * tenant's admin consent ({@link MicrosoftContext.consent}); users never see a consent page.
 */
export function createTenantProvider(
  ctx: MicrosoftContext,
  tenant: Tenant,
  accounts: TenantAccounts,
): Provider {
  const { options } = ctx;
  const short = tenant.id.slice(0, 8);
  const configuration: Configuration = {
    adapter: ctx.store.adapter,
    clients: [
      {
        client_id: options.clientId,
        client_name: 'Halo for Outlook',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        // A placeholder: redirect URIs are checked by the registration's rule (below).
        redirect_uris: ['http://127.0.0.1/'],
        post_logout_redirect_uris: ['http://127.0.0.1/'],
      },
    ],
    clientBasedCORS: (_ctx, origin) => originAllowed(origin, options.corsOrigins),
    pkce: { required: () => true },
    responseTypes: ['code'],
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    claims: {
      openid: ['sub', 'tid', 'oid', 'ver'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
      email: ['email'],
    },
    // Entra puts the profile claims in the id token of a code flow; MSAL reads them there.
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => accounts.find(id),
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: false },
      revocation: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => GRAPH_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== GRAPH_RESOURCE) {
            throw new errors.InvalidTarget(`${indicator} is not a resource this tenant knows`);
          }
          return {
            scope: allGraphScopeStrings().join(' '),
            audience: GRAPH_RESOURCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: options.accessTokenTtlSeconds,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    extraTokenClaims: (_ctx, token) => {
      if (token.kind !== 'AccessToken') return undefined;
      const user = accounts.user(token.accountId);
      return {
        tid: tenant.id,
        oid: user?.id,
        name: user?.displayName,
        preferred_username: user?.userPrincipalName,
        upn: user?.userPrincipalName,
        azp: options.clientId,
        scp: permissionsOf(ctx, token.scope).join(' '),
        ver: '2.0',
      };
    },
    // Every sign-in starts from the tenant's admin consent as it is now: the OpenID scopes, and
    // each consented Graph permission in both spellings (plus `.default`).
    loadExistingGrant: (koa: KoaContextWithOIDC) => {
      const accountId = koa.oidc.session?.accountId;
      const client = koa.oidc.client;
      if (!accountId || !client) return undefined;
      return consentedGrant(koa.oidc.provider, ctx.consent, accountId, client.clientId);
    },
    // MSAL always asks for offline_access; oidc-provider would drop it without prompt=consent.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    expiresWithSession: () => false,
    rotateRefreshToken: true,
    interactions: {
      url: (_ctx, interaction) => `/${tenant.id}${LOGIN_PATH}/${interaction.uid}`,
      policy: entraInteractionPolicy(),
    },
    routes: ENTRA_ROUTES,
    ttl: {
      AccessToken: options.accessTokenTtlSeconds,
      AuthorizationCode: 600,
      IdToken: 3600,
      RefreshToken: options.refreshTokenTtlSeconds,
      Interaction: 3600,
      Session: 24 * 3600,
      Grant: options.refreshTokenTtlSeconds,
    },
    jwks: { keys: [ctx.key.privateJwk] },
    renderError: (koa, out) => renderErrorPage(koa, out),
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      names: {
        session: `_ms_session_${short}`,
        interaction: `_ms_interaction_${short}`,
        resume: `_ms_resume_${short}`,
      },
    },
  };
  const provider = new Provider(authorityOf(ctx, tenant), configuration);
  provider.use(addClientInfo);
  provider.Client.prototype.redirectUriAllowed = function (value: string): boolean {
    return redirectUriAllowed(value, options.redirectUris);
  };
  provider.Client.prototype.postLogoutRedirectUriAllowed = function (value: string): boolean {
    return redirectUriAllowed(value, options.redirectUris);
  };
  return provider;
}
