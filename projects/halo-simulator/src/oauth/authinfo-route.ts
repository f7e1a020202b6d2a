import type { Request, RequestHandler, Response } from 'express';
import type { SimulatorContext } from '../simulator/simulator-context.js';

/** `GET /api/authinfo` (anonymous): where the auth server is and the tenant name. */
export function authinfoHandler(ctx: SimulatorContext): RequestHandler {
  return (_req: Request, res: Response) => {
    res.json({
      auth_url: `${ctx.baseUrl}/auth`,
      tenant_id: ctx.options.tenant,
      resource_url: `${ctx.baseUrl}/api`,
    });
  };
}
