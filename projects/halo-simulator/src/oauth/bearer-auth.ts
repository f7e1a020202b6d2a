import OAuth2Server from '@node-oauth/oauth2-server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { setAuth } from '../http/auth-context.js';
import { sendHaloError } from '../http/send-halo-error.js';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import { asOAuthError, copyOAuthHeaders, toOAuthRequest } from './express-oauth.js';

/**
 * Requires `Authorization: Bearer <token>` on `/api`: a missing, unknown or expired token → 401
 * (with the library's `WWW-Authenticate`), then counts the request against the rate limit
 * (per API application) → 429 with Halo's message past it.
 */
export function bearerAuth(ctx: SimulatorContext): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const oauthResponse = new OAuth2Server.Response();
    let token: OAuth2Server.Token;
    try {
      token = await ctx.oauthServer.authenticate(toOAuthRequest(req, {}, {}), oauthResponse);
    } catch (error) {
      const e = asOAuthError(error);
      copyOAuthHeaders(oauthResponse, res);
      const status = e.code === 403 ? 403 : 401;
      return sendHaloError(
        res,
        ctx.options.variants,
        status,
        status === 401 ? 'Unauthorized' : 'Forbidden',
      );
    }
    const agentId: unknown = token.user['agentId'];
    const agent = ctx.store.data.agents.find((a) => a.id === agentId);
    if (!agent) return sendHaloError(res, ctx.options.variants, 401, 'Unauthorized');
    const verdict = ctx.rateLimiter.check(token.client.id);
    if (!verdict.allowed) {
      const limit = ctx.rateLimiter.current;
      if (limit && limit.retryAfterSeconds !== undefined)
        res.set('Retry-After', String(limit.retryAfterSeconds));
      return sendHaloError(res, ctx.options.variants, 429, verdict.message);
    }
    setAuth(req, {
      agent,
      scopes: token.scope ?? [],
      clientId: token.client.id,
      accessToken: token.accessToken,
    });
    next();
  };
}
