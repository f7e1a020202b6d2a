import express, { type Request, type Response, type Router } from 'express';
import { getAuth } from '../http/auth-context.js';
import { badRequest, notFound } from '../http/halo-http-error.js';
import { HaloQuery } from '../http/halo-query.js';
import { sendList, sendObject, sendWrite } from '../http/halo-responses.js';
import { pageRows } from '../http/list-page.js';
import { requireScope } from '../http/require-scope.js';
import { readWriteBody } from '../http/write-body.js';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import { ticketDetail } from '../tickets/ticket-view.js';
import { actionView } from './action-view.js';
import { writeAction } from './action-write.js';

/**
 * `GET /api/Actions?ticket_id=` → `{ record_count, actions }` (`excludesys`, `conversationonly`,
 * `agentonly`, `excludeprivate`, `importantonly`, `includehtmlnote`, `count`); `ticket_id` is
 * required unless the `actionsMessageIdFilter` variant is on and `internetmessageid` is given.
 * `GET /api/Actions/{id}`; `POST /api/Actions` (array) → 201 + the action.
 */
export function actionRoutes(ctx: SimulatorContext): Router {
  const router = express.Router();
  router.get('/actions', requireScope(ctx, 'tickets', 'read'), (req: Request, res: Response) => {
    const q = HaloQuery.of(req);
    const data = ctx.store.data;
    const ticketId = q.int('ticket_id');
    const messageId = ctx.options.variants.actionsMessageIdFilter
      ? (q.get('internetmessageid') ?? q.get('internet_message_id'))
      : undefined;
    if (ticketId === undefined && !messageId) throw badRequest('ticket_id is required');
    const rows = data.actions
      .filter((a) => ticketId === undefined || a.ticket_id === ticketId)
      .filter((a) => !messageId || a.internet_message_id === messageId)
      .filter((a) => !q.bool('excludesys') || !a.is_system)
      .filter((a) => !q.bool('conversationonly') || a.emaildirection > 0)
      .filter((a) => !q.bool('agentonly') || a.who_agentid > 0)
      .filter((a) => !q.bool('excludeprivate') || !a.hiddenfromuser)
      .filter((a) => !q.bool('importantonly') || a.important)
      .map((a) => actionView(a, data, q.bool('includehtmlnote')));
    const page = pageRows(rows, q, { unpagedLimit: null });
    sendList(res, ctx, 'actions', page.rows, page.meta);
  });
  router.get(
    '/actions/:id',
    requireScope(ctx, 'tickets', 'read'),
    (req: Request, res: Response) => {
      const action = ctx.store.data.actions.find((a) => a.id === Number(req.params['id']));
      if (!action) throw notFound('Action', String(req.params['id']));
      sendObject(res, ctx, actionView(action, ctx.store.data, true));
    },
  );
  router.post('/actions', requireScope(ctx, 'tickets', 'edit'), (req: Request, res: Response) => {
    const agent = getAuth(req).agent;
    const items = readWriteBody(req);
    const results = items.map((item) => writeAction(ctx.store, item, agent));
    ctx.store.save();
    const first = results[0];
    if (!first) throw badRequest('The request body must contain at least one object');
    const body: Record<string, unknown> = actionView(first.action, ctx.store.data, true);
    if (first.attachments.length > 0) body['attachments'] = first.attachments;
    if (items[0]?.['_includeticketinresponse'] === true)
      body['ticket'] = ticketDetail(first.ticket, ctx.store.data);
    if (first.warnings.length > 0) {
      body['_warning'] = first.warnings.join(' ');
      return sendWrite(res, ctx, 'actions', body, 200);
    }
    sendWrite(res, ctx, 'actions', body);
  });
  return router;
}
