import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { type ScopeArea, hasScope } from '../oauth/scopes.js';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import { getAuth } from './auth-context.js';
import { sendHaloError } from './send-halo-error.js';

/** Route guard: 403 unless the token's scopes allow `mode` on `area` (`all` allows everything). */
export function requireScope(
  ctx: SimulatorContext,
  area: ScopeArea,
  mode: 'read' | 'edit',
): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (hasScope(getAuth(req).scopes, area, mode)) return next();
    sendHaloError(
      res,
      ctx.options.variants,
      403,
      `The token does not have the ${mode}:${area} permission`,
    );
  };
}
