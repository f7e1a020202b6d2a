import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { actionRoutes } from '../actions/action-routes.js';
import { agentRoutes } from '../agents/agent-routes.js';
import { attachmentRoutes } from '../attachments/attachment-routes.js';
import { clientRoutes } from '../clients/client-routes.js';
import { adminRoutes } from '../control/admin-routes.js';
import { trafficMiddleware } from '../control/traffic-middleware.js';
import { applyCorsHeaders, haloCors, originAllowList } from '../cors/halo-cors.js';
import { emailRuleRoutes } from '../email-rules/email-rule-routes.js';
import { HaloHttpError } from '../http/halo-http-error.js';
import { sendHaloError } from '../http/send-halo-error.js';
import { authinfoHandler } from '../oauth/authinfo-route.js';
import { authorizeRoutes } from '../oauth/authorize-routes.js';
import { bearerAuth } from '../oauth/bearer-auth.js';
import { tokenRoute } from '../oauth/token-route.js';
import { referenceRoutes } from '../reference/reference-routes.js';
import { siteRoutes } from '../sites/site-routes.js';
import { ticketRoutes } from '../tickets/ticket-routes.js';
import { userRoutes } from '../users/user-routes.js';
import type { SimulatorContext } from './simulator-context.js';
import type { SimulatorControl } from './simulator-control.js';

function errorStatus(error: unknown): number {
  if (
    typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    typeof error.status === 'number'
  )
    return error.status;
  return 500;
}

/**
 * The express app: `/_sim` (admin, test facility), `/auth` (OAuth), `/api/authinfo` (anonymous)
 * and `/api` (bearer token, rate limit, Halo's REST subset). `/api` and `/auth` get the request
 * log, latency, faults and the CORS allow-list. Express routing is case-insensitive, like Halo.
 */
export function createApp(ctx: SimulatorContext, control: SimulatorControl): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  app.use('/_sim', adminRoutes(ctx, control));

  const apiOrigins = originAllowList(ctx.options.corsOrigins);
  const authOrigins = ctx.options.variants.corsOnAuth ? apiOrigins : () => false;
  app.use(
    '/api',
    trafficMiddleware(ctx, (req, res) => applyCorsHeaders(req, res, apiOrigins)),
    haloCors(apiOrigins),
  );
  app.use(
    '/auth',
    trafficMiddleware(ctx, (req, res) => applyCorsHeaders(req, res, authOrigins)),
    haloCors(authOrigins),
  );

  app.use('/auth', authorizeRoutes(ctx), tokenRoute(ctx));
  app.get('/api/authinfo', authinfoHandler(ctx));
  app.use(
    '/api',
    express.json({ limit: '60mb' }),
    bearerAuth(ctx),
    agentRoutes(ctx),
    userRoutes(ctx),
    clientRoutes(ctx),
    siteRoutes(ctx),
    ticketRoutes(ctx),
    actionRoutes(ctx),
    attachmentRoutes(ctx),
    referenceRoutes(ctx),
    emailRuleRoutes(ctx),
  );
  app.use('/api', (req: Request, res: Response) => {
    sendHaloError(
      res,
      ctx.options.variants,
      404,
      `No HTTP resource was found that matches the request URI '${req.originalUrl}'.`,
    );
  });
  app.get('/', (_req, res) => {
    res.json({
      name: 'halo-simulator',
      api: `${ctx.baseUrl}/api`,
      auth: `${ctx.baseUrl}/auth`,
      admin: `${ctx.baseUrl}/_sim`,
    });
  });

  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error instanceof HaloHttpError)
      return sendHaloError(res, ctx.options.variants, error.status, error.message);
    const status = errorStatus(error);
    if (status >= 400 && status < 500)
      return sendHaloError(
        res,
        ctx.options.variants,
        status,
        'The request body is not valid JSON or is too large.',
      );
    process.stderr.write(
      `halo-simulator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    sendHaloError(
      res,
      ctx.options.variants,
      500,
      'An error occurred while processing your request.',
    );
  });
  return app;
}
