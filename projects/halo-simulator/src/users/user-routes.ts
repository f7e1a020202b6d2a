import express, { type Request, type Response, type Router } from 'express';
import { badRequest, notFound } from '../http/halo-http-error.js';
import { HaloQuery } from '../http/halo-query.js';
import { sendList, sendObject, sendWrite } from '../http/halo-responses.js';
import { pageRows } from '../http/list-page.js';
import { requireScope } from '../http/require-scope.js';
import { readWriteBody } from '../http/write-body.js';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import { userView } from './user-view.js';
import { writeUser } from './user-write.js';

/**
 * `GET /api/Users` → `{ record_count, users }` (`search` LIKE on name/e-mail, `client_id`,
 * `site_id`, `includeactive`, `includeinactive`, paging), `GET /api/Users/{id}`, and
 * `POST /api/Users` (array; create or update by id) → 201 + the user.
 */
export function userRoutes(ctx: SimulatorContext): Router {
  const router = express.Router();
  router.get('/users', requireScope(ctx, 'customers', 'read'), (req: Request, res: Response) => {
    const q = HaloQuery.of(req);
    const data = ctx.store.data;
    const search = q.get('search')?.toLowerCase();
    const searchPhones = q.bool('search_phonenumbers');
    const clientId = q.int('client_id');
    const siteId = q.int('site_id');
    const includeActive = q.bool('includeactive', true);
    const includeInactive = q.bool('includeinactive', false);
    const rows = data.users
      .filter((u) => (u.inactive ? includeInactive : includeActive))
      .filter((u) => clientId === undefined || u.client_id === clientId)
      .filter((u) => siteId === undefined || u.site_id === siteId)
      .filter((u) => {
        if (!search) return true;
        const fields = [
          u.name,
          u.emailaddress,
          ...(searchPhones ? [u.phonenumber, u.mobilenumber] : []),
        ];
        return fields.some((f) => f.toLowerCase().includes(search));
      })
      .map((u) => userView(u, data));
    const page = pageRows(rows, q, { unpagedLimit: ctx.options.variants.unpagedLimit });
    sendList(res, ctx, 'users', page.rows, page.meta);
  });
  router.get(
    '/users/:id',
    requireScope(ctx, 'customers', 'read'),
    (req: Request, res: Response) => {
      const user = ctx.store.data.users.find((u) => u.id === Number(req.params['id']));
      if (!user) throw notFound('User', String(req.params['id']));
      sendObject(res, ctx, userView(user, ctx.store.data));
    },
  );
  router.post('/users', requireScope(ctx, 'customers', 'edit'), (req: Request, res: Response) => {
    const saved = readWriteBody(req).map((item) => writeUser(ctx.store, item));
    ctx.store.save();
    const [user] = saved;
    if (!user) throw badRequest('The request body must contain at least one object');
    sendWrite(res, ctx, 'users', userView(user, ctx.store.data));
  });
  return router;
}
