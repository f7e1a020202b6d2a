import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { adminRoutes } from '../control/admin-routes.js';
import { logRequests } from '../control/log-middleware.js';
import type { MicrosoftSimulatorControl } from '../control/microsoft-control.js';
import { graphRoutes } from '../graph/graph-routes.js';
import { createTenantProvider } from '../identity/create-tenant-provider.js';
import { identityRoutes } from '../identity/identity-routes.js';
import { TenantAccounts } from '../identity/tenant-accounts.js';
import type { MicrosoftContext } from './microsoft-context.js';

/**
 * The express app: `/_ms` (admin, test facility), `/graph/v1.0` (Graph) and `/<tenant id>` (each
 * tenant's authority). Identity and Graph requests are logged.
 */
export function createApp(
  ctx: MicrosoftContext,
  control: MicrosoftSimulatorControl,
  certificate: string,
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  app.use('/_ms', adminRoutes(ctx, control, certificate));
  app.use('/graph/v1.0', logRequests(ctx.log, 'graph', ctx.options.logRequests), graphRoutes(ctx));
  for (const tenant of ctx.tenants) {
    const accounts = new TenantAccounts(tenant, ctx.options.clientId);
    const provider = createTenantProvider(ctx, tenant, accounts);
    app.use(
      `/${tenant.id}`,
      logRequests(ctx.log, 'identity', ctx.options.logRequests),
      identityRoutes(ctx, tenant, provider, accounts),
    );
  }
  app.use((req: Request, res: Response) => {
    res
      .status(404)
      .type('text')
      .send(
        `Not found: ${req.path}. The simulator serves /<tenant id>/v2.0 (authorities: ${ctx.tenants.map((t) => t.id).join(', ')}), /graph/v1.0 and /_ms.`,
      );
  });
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    process.stderr.write(
      `microsoft-simulator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    res.status(500).type('text').send('The Microsoft simulator failed on this request.');
  });
  return app;
}
