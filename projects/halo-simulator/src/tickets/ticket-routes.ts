import express, { type Request, type Response, type Router } from 'express';
import { getAuth } from '../http/auth-context.js';
import { badRequest, notFound } from '../http/halo-http-error.js';
import { HaloQuery } from '../http/halo-query.js';
import { sendList, sendObject, sendWrite } from '../http/halo-responses.js';
import { pageRows } from '../http/list-page.js';
import { requireScope } from '../http/require-scope.js';
import { readWriteBody } from '../http/write-body.js';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import { includeCustomFieldIds } from './include-custom-fields.js';
import { filterTickets } from './ticket-filters.js';
import { ticketDetail, ticketRow } from './ticket-view.js';
import { writeTicket } from './ticket-write.js';

/**
 * `GET /api/Tickets` → `{ record_count, tickets }` (filters, `count`, `pageinate`/`page_size`
 * (≤100)/`page_no`, `order`/`orderdesc`, `include_custom_fields`), `GET /api/Tickets/{id}` →
 * bare object, `POST /api/Tickets` (array; create, or update with `id`) → 201 + the ticket.
 */
export function ticketRoutes(ctx: SimulatorContext): Router {
  const router = express.Router();
  router.get('/tickets', requireScope(ctx, 'tickets', 'read'), (req: Request, res: Response) => {
    const q = HaloQuery.of(req);
    const data = ctx.store.data;
    const fieldIds = includeCustomFieldIds(q);
    const rows = filterTickets(data, q, ctx.options.variants).map((t) =>
      ticketRow(t, data, fieldIds),
    );
    const page = pageRows(rows, q, {
      unpagedLimit: ctx.options.variants.unpagedLimit,
      maxPageSize: 100,
    });
    sendList(res, ctx, 'tickets', page.rows, page.meta);
  });
  router.get(
    '/tickets/:id',
    requireScope(ctx, 'tickets', 'read'),
    (req: Request, res: Response) => {
      const ticket = ctx.store.data.tickets.find((t) => t.id === Number(req.params['id']));
      if (!ticket) throw notFound('Ticket', String(req.params['id']));
      sendObject(res, ctx, ticketDetail(ticket, ctx.store.data));
    },
  );
  router.post('/tickets', requireScope(ctx, 'tickets', 'edit'), (req: Request, res: Response) => {
    const agent = getAuth(req).agent;
    const results = readWriteBody(req).map((item) => writeTicket(ctx.store, item, agent));
    ctx.store.save();
    const first = results[0];
    if (!first) throw badRequest('The request body must contain at least one object');
    const body: Record<string, unknown> = ticketDetail(first.ticket, ctx.store.data);
    if (first.attachments.length > 0) body['attachments'] = first.attachments;
    if (first.warnings.length > 0)
      return sendWrite(res, ctx, 'tickets', { ...body, _warning: first.warnings.join(' ') }, 200);
    sendWrite(res, ctx, 'tickets', body);
  });
  return router;
}
