import { randomUUID } from 'node:crypto';
import { graphPermission } from '../identity/graph-scopes.js';
import { signJwt } from '../jwt/jwt-rs256.js';
import { type MicrosoftContext, authorityOf } from '../simulator/microsoft-context.js';
import type {
  IssueGraphTokenOptions,
  IssuedGraphToken,
  MicrosoftSimulatorControl,
} from './microsoft-control.js';

function issueToken(ctx: MicrosoftContext, options: IssueGraphTokenOptions): IssuedGraphToken {
  const tenant = ctx.tenants[0];
  if (!tenant) throw new Error('The simulator has no tenant.');
  const name = (options.user ?? ctx.options.mailboxOwner).toLowerCase();
  const user = tenant.users.find((u) => u.userPrincipalName.toLowerCase() === name);
  if (!user)
    throw new Error(
      `No user ${name} in ${tenant.name}: use one of ${tenant.users.map((u) => u.userPrincipalName).join(', ')}.`,
    );
  const scopes = (options.scopes ?? ctx.consent.list()).map((s) => {
    const permission = graphPermission(s);
    if (!permission) throw new Error(`Unknown Graph permission "${s}".`);
    return permission;
  });
  const ttl = options.ttlSeconds ?? ctx.options.accessTokenTtlSeconds;
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: authorityOf(ctx, tenant),
    aud: 'https://graph.microsoft.com',
    iat: now,
    nbf: now,
    exp: now + ttl,
    jti: randomUUID(),
    sub: user.id,
    client_id: ctx.options.clientId,
    azp: ctx.options.clientId,
    tid: tenant.id,
    oid: user.id,
    name: user.displayName,
    preferred_username: user.userPrincipalName,
    upn: user.userPrincipalName,
    scp: scopes.join(' '),
    scope: scopes.join(' '),
    ver: '2.0',
  };
  return {
    access_token: signJwt(claims, ctx.key),
    token_type: 'Bearer',
    expires_in: ttl,
    scope: scopes.join(' '),
  };
}

/** The controls of a running simulator over its context. */
export function createControl(ctx: MicrosoftContext): MicrosoftSimulatorControl {
  return {
    requestLog: (filter) => ctx.log.list(filter),
    clearLog: () => ctx.log.clear(),
    consentedScopes: () => ctx.consent.list(),
    setConsentedScopes: (scopes) => ctx.consent.set(scopes),
    issueToken: (options = {}) => issueToken(ctx, options),
    reset: () => {
      ctx.consent.reset();
      ctx.log.clear();
      ctx.store.clear();
    },
  };
}
