import express, { type Request, type Response, type Router } from 'express';
import { notFound } from '../http/halo-http-error.js';
import { HaloQuery } from '../http/halo-query.js';
import { sendList, sendObject } from '../http/halo-responses.js';
import { pageRows } from '../http/list-page.js';
import { requireScope } from '../http/require-scope.js';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import { siteView } from './site-view.js';

/**
 * `GET /api/Site` → `{ record_count, sites }` (filters `client_id`, `search` on the name,
 * `toplevel_id`, `includeactive`, `includeinactive`) and `GET /api/Site/{id}`. Rows carry
 * `emaildomain`; there is no e-mail-domain filter (unknown filters are ignored).
 */
export function siteRoutes(ctx: SimulatorContext): Router {
  const router = express.Router();
  const read = requireScope(ctx, 'customers', 'read');
  router.get('/site', read, (req: Request, res: Response) => {
    const q = HaloQuery.of(req);
    const data = ctx.store.data;
    const clientId = q.int('client_id');
    const search = q.get('search')?.toLowerCase();
    const includeActive = q.bool('includeactive', true);
    const includeInactive = q.bool('includeinactive', false);
    const rows = data.sites
      .filter((s) => (s.inactive ? includeInactive : includeActive))
      .filter((s) => clientId === undefined || s.client_id === clientId)
      .filter((s) => !search || s.name.toLowerCase().includes(search))
      .map((s) => siteView(s, data));
    const page = pageRows(rows, q, { unpagedLimit: ctx.options.variants.unpagedLimit });
    sendList(res, ctx, 'sites', page.rows, page.meta);
  });
  router.get('/site/:id', read, (req: Request, res: Response) => {
    const site = ctx.store.data.sites.find((s) => s.id === Number(req.params['id']));
    if (!site) throw notFound('Site', String(req.params['id']));
    sendObject(res, ctx, siteView(site, ctx.store.data));
  });
  return router;
}
