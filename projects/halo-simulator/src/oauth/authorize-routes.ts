import OAuth2Server from '@node-oauth/oauth2-server';
import express, { type Request, type Response, type Router } from 'express';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import type { AgentRecord } from '../store/records.js';
import { AUTHORIZE_PARAMS, checkAuthorizeRequest, errorRedirect } from './authorize-request.js';
import { copyOAuthHeaders, stringRecord, toOAuthRequest } from './express-oauth.js';
import { renderAuthorizeError, renderLoginPage } from './login-page.js';

function pickParams(source: Record<string, string>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const name of AUTHORIZE_PARAMS) {
    const value = source[name];
    if (value !== undefined) params[name] = value;
  }
  return params;
}

function findAgent(
  ctx: SimulatorContext,
  login: string,
  password: string,
): AgentRecord | undefined {
  const wanted = login.trim().toLowerCase();
  return ctx.store.data.agents.find(
    (a) =>
      a.login !== null &&
      !a.isdisabled &&
      (a.login === wanted || a.email.toLowerCase() === wanted) &&
      a.password === password,
  );
}

function showLogin(
  res: Response,
  ctx: SimulatorContext,
  params: Record<string, string>,
  error?: string,
): void {
  const action = params['tenant']
    ? `/auth/authorize?tenant=${encodeURIComponent(params['tenant'])}`
    : '/auth/authorize';
  const logins = ctx.store.data.agents
    .filter((a) => a.login !== null && !a.isdisabled)
    .map((a) => a.login ?? '');
  res.status(200).type('html').send(renderLoginPage({ params, action, logins, error }));
}

/**
 * `GET /auth/authorize` shows the plain agent login page; `POST /auth/authorize` signs the agent
 * in (or cancels → `error=access_denied`) and lets the OAuth library issue the code and redirect.
 */
export function authorizeRoutes(ctx: SimulatorContext): Router {
  const router = express.Router();
  router.get('/authorize', (req: Request, res: Response) => {
    const params = pickParams(
      Object.fromEntries(new URL(req.originalUrl, 'http://sim.invalid').searchParams),
    );
    const check = checkAuthorizeRequest(params, ctx);
    if (check.kind === 'page')
      return void res.status(400).type('html').send(renderAuthorizeError(check.message));
    if (check.kind === 'redirect') return res.redirect(302, check.url);
    showLogin(res, ctx, params);
  });

  router.post(
    '/authorize',
    express.urlencoded({ extended: false }),
    async (req: Request, res: Response) => {
      const form = stringRecord(req.body);
      const query = Object.fromEntries(new URL(req.originalUrl, 'http://sim.invalid').searchParams);
      const params = pickParams({ ...query, ...form });
      const check = checkAuthorizeRequest(params, ctx);
      if (check.kind === 'page')
        return void res.status(400).type('html').send(renderAuthorizeError(check.message));
      if (check.kind === 'redirect') return res.redirect(302, check.url);
      const redirectUri = params['redirect_uri'] ?? '';
      if (form['action'] === 'cancel') {
        return res.redirect(
          302,
          errorRedirect(
            redirectUri,
            'access_denied',
            'The agent cancelled the sign-in.',
            params['state'],
          ),
        );
      }
      const agent = findAgent(ctx, form['login'] ?? '', form['password'] ?? '');
      if (!agent) return showLogin(res, ctx, params, 'Incorrect login or password.');

      const oauthResponse = new OAuth2Server.Response();
      try {
        await ctx.oauthServer.authorize(toOAuthRequest(req, params), oauthResponse, {
          authenticateHandler: { handle: () => ({ agentId: agent.id }) },
        });
      } catch {
        // The library has already put an error redirect on the response when it could.
      }
      copyOAuthHeaders(oauthResponse, res);
      const location = oauthResponse.get('location');
      if (oauthResponse.status === 302 && typeof location === 'string')
        return res.redirect(302, location);
      res
        .status(400)
        .type('html')
        .send(renderAuthorizeError('The authorisation request was refused.'));
    },
  );
  return router;
}
