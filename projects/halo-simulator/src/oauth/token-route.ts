import OAuth2Server from '@node-oauth/oauth2-server';
import express, { type Request, type Response, type Router } from 'express';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import { asOAuthError, copyOAuthHeaders, stringRecord, toOAuthRequest } from './express-oauth.js';
import { tenantProblem } from './tenant-check.js';

/**
 * `POST /auth/token[?tenant=]` (form-urlencoded): authorization_code with PKCE, refresh_token with
 * rotation. The OAuth library does the grant work against the in-memory model; this route adds
 * Halo's tenant check and reports `expires_in` as the configured lifetime.
 */
export function tokenRoute(ctx: SimulatorContext): Router {
  const router = express.Router();
  router.post(
    '/token',
    express.urlencoded({ extended: false }),
    async (req: Request, res: Response) => {
      const body = stringRecord(req.body);
      const query = Object.fromEntries(new URL(req.originalUrl, 'http://sim.invalid').searchParams);
      const tenant = tenantProblem(query['tenant'] ?? body['tenant'], ctx.options);
      if (tenant)
        return void res.status(400).json({ error: 'invalid_request', error_description: tenant });

      const oauthResponse = new OAuth2Server.Response();
      try {
        await ctx.oauthServer.token(toOAuthRequest(req, body, query), oauthResponse);
        copyOAuthHeaders(oauthResponse, res);
        const payload: unknown = oauthResponse.body;
        const tokenBody = typeof payload === 'object' && payload !== null ? { ...payload } : {};
        res.status(200).json({ ...tokenBody, expires_in: ctx.options.accessTokenTtlSeconds });
      } catch (error) {
        const e = asOAuthError(error);
        copyOAuthHeaders(oauthResponse, res);
        res
          .status(e.code >= 400 && e.code < 600 ? e.code : 400)
          .json({ error: e.name, error_description: e.message });
      }
    },
  );
  return router;
}
