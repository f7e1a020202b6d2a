import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { logEntryOf } from '../control/log-middleware.js';
import { GRAPH_RESOURCE, splitScopes } from '../identity/graph-scopes.js';
import { JwtError, verifyJwt } from '../jwt/jwt-rs256.js';
import { type MicrosoftContext, authorityOf } from '../simulator/microsoft-context.js';
import type { GraphCaller } from './graph-caller.js';
import { GRAPH_ERRORS, GraphError, sendGraphError } from './graph-error.js';

const CLOCK_SKEW_SECONDS = 300;

function readCaller(ctx: MicrosoftContext, authorization: string | undefined): GraphCaller {
  if (!authorization) throw GRAPH_ERRORS.noToken();
  const match = /^Bearer +(\S+)$/i.exec(authorization);
  if (!match?.[1]) throw GRAPH_ERRORS.badToken('The Authorization header is not "Bearer <token>".');
  let claims: Record<string, unknown>;
  try {
    claims = verifyJwt(match[1], ctx.key).claims;
  } catch (error) {
    if (error instanceof JwtError) throw GRAPH_ERRORS.badToken(error.message);
    throw error;
  }
  if (claims['aud'] !== GRAPH_RESOURCE) {
    throw GRAPH_ERRORS.badToken(`Invalid audience ${JSON.stringify(claims['aud'])}.`);
  }
  const tenant = ctx.tenants.find((t) => claims['tid'] === t.id);
  if (!tenant || claims['iss'] !== authorityOf(ctx, tenant)) {
    throw GRAPH_ERRORS.badToken('Invalid issuer.');
  }
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims['exp'] !== 'number' || claims['exp'] + CLOCK_SKEW_SECONDS <= now) {
    throw GRAPH_ERRORS.expired();
  }
  const user = tenant.users.find((u) => u.id === claims['oid']);
  if (!user) throw GRAPH_ERRORS.badToken('The token names no user of this tenant.');
  const scopes = splitScopes(typeof claims['scp'] === 'string' ? claims['scp'] : '');
  return {
    user,
    tenant,
    permissions: new Set(scopes),
    summary: {
      user: user.userPrincipalName,
      oid: user.id,
      tenantId: tenant.id,
      clientId: String(claims['azp'] ?? claims['client_id'] ?? ''),
      scopes,
    },
  };
}

/**
 * Graph's bearer-token check: an RS256 JWT signed by this authority, for
 * `https://graph.microsoft.com`, from a known tenant and user, not expired (5 minutes of skew).
 * Otherwise 401 `InvalidAuthenticationToken` with a `WWW-Authenticate` header, as Graph answers.
 * The caller's token is recorded in the request log.
 */
export function graphAuth(ctx: MicrosoftContext): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'OPTIONS') return next();
    try {
      const caller = readCaller(ctx, req.get('authorization'));
      res.locals['graphCaller'] = caller;
      const entry = logEntryOf(res);
      if (entry) entry.token = caller.summary;
      next();
    } catch (error) {
      if (!(error instanceof GraphError)) return next(error);
      const tenant = ctx.tenants[0];
      res.set(
        'WWW-Authenticate',
        `Bearer realm="", authorization_uri="${tenant ? authorityOf(ctx, tenant).replace(/\/v2\.0$/, '') : ctx.baseUrl}/oauth2/v2.0/authorize", client_id="00000003-0000-0000-c000-000000000000"`,
      );
      sendGraphError(res, error);
    }
  };
}
