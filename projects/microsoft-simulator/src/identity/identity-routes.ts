import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type Provider from 'oidc-provider';
import { errors } from 'oidc-provider';
import type { Tenant } from '../directory/tenant.js';
import type { MicrosoftContext } from '../simulator/microsoft-context.js';
import { ENTRA_ROUTES, LOGIN_PATH } from './create-tenant-provider.js';
import { errorPageHtml } from './error-page.js';
import { loginRoutes } from './login-routes.js';
import type { TenantAccounts } from './tenant-accounts.js';
import { tokenBridge } from './token-bridge.js';

/**
 * A tenant's authority, mounted at `/<tenant id>`: the discovery document at Entra's
 * `/<tenant id>/v2.0/.well-known/openid-configuration` (the URL MSAL fetches for an authority
 * ending in `/v2.0`), the login pages, the token endpoint behind {@link tokenBridge}, and the rest
 * of oidc-provider (authorize, keys, logout) at Entra's paths.
 */
export function identityRoutes(
  ctx: MicrosoftContext,
  tenant: Tenant,
  provider: Provider,
  accounts: TenantAccounts,
): Router {
  const router = express.Router();
  const callback = provider.callback();
  router.get('/v2.0/.well-known/openid-configuration', (req: Request, res: Response) => {
    // oidc-provider serves discovery at <mount>/.well-known/…; its mount is /<tenant id>.
    req.originalUrl = `/${tenant.id}/.well-known/openid-configuration`;
    req.url = '/.well-known/openid-configuration';
    void callback(req, res);
  });
  router.use(LOGIN_PATH, loginRoutes(ctx, provider, accounts));
  // A login page whose interaction is gone (expired, already used, cookies lost) says so.
  router.use(LOGIN_PATH, (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (!(error instanceof errors.OIDCProviderError)) return next(error);
    res
      .status(error.status)
      .type('html')
      .send(
        errorPageHtml({
          error: error.error,
          error_description: `${error.error_description ?? error.message}. Start the sign-in again from the app.`,
        }),
      );
  });
  router.post(ENTRA_ROUTES.token, ...tokenBridge(ctx, provider));
  router.use((req: Request, res: Response, _next: NextFunction) => {
    void callback(req, res);
  });
  return router;
}
