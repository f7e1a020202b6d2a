import express, { type Request, type Response, type Router } from 'express';
import { notFound } from '../http/halo-http-error.js';
import { HaloQuery } from '../http/halo-query.js';
import { sendList, sendObject } from '../http/halo-responses.js';
import { pageRows } from '../http/list-page.js';
import { requireScope } from '../http/require-scope.js';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import { clientView } from './client-view.js';

/**
 * `GET /api/Client` → `{ record_count, clients }` (filters `search`, `toplevel_id`,
 * `includeactive`, `includeinactive`; `domain` and other unknown filters are ignored, as in Halo)
 * and `GET /api/Client/{id}` → bare object.
 */
export function clientRoutes(ctx: SimulatorContext): Router {
  const router = express.Router();
  const read = requireScope(ctx, 'customers', 'read');
  router.get('/client', read, (req: Request, res: Response) => {
    const q = HaloQuery.of(req);
    const search = q.get('search')?.toLowerCase();
    const toplevel = q.int('toplevel_id');
    const includeActive = q.bool('includeactive', true);
    const includeInactive = q.bool('includeinactive', false);
    const rows = ctx.store.data.clients
      .filter((c) => (c.inactive ? includeInactive : includeActive))
      .filter((c) => !search || c.name.toLowerCase().includes(search))
      .filter((c) => toplevel === undefined || c.toplevel_id === toplevel)
      .map(clientView);
    const page = pageRows(rows, q, { unpagedLimit: ctx.options.variants.unpagedLimit });
    sendList(res, ctx, 'clients', page.rows, page.meta);
  });
  router.get('/client/:id', read, (req: Request, res: Response) => {
    const client = ctx.store.data.clients.find((c) => c.id === Number(req.params['id']));
    if (!client) throw notFound('Client', String(req.params['id']));
    sendObject(res, ctx, clientView(client));
  });
  return router;
}
