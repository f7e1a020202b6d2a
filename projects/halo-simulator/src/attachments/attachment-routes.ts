import express, { type Request, type Response, type Router } from 'express';
import { getAuth } from '../http/auth-context.js';
import { badRequest, notFound } from '../http/halo-http-error.js';
import { HaloQuery } from '../http/halo-query.js';
import { sendList, sendWrite } from '../http/halo-responses.js';
import { requireScope } from '../http/require-scope.js';
import { numberField, readWriteBody, stringField } from '../http/write-body.js';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import { attachmentView } from './attachment-view.js';
import { saveAttachment } from './save-attachment.js';

/**
 * `POST /api/Attachment` (array of `{ filename, data_base64: "data:<mime>;base64,…", ticket_id?,
 * action_id? }`) → 201 + the attachment; bare base64 → 200 with `_warning` and `id: 0`, nothing
 * stored. `GET /api/Attachment?ticket_id=[&action_id=]` → envelope; `GET /api/Attachment/{id}` → bytes.
 */
export function attachmentRoutes(ctx: SimulatorContext): Router {
  const router = express.Router();
  router.post(
    '/attachment',
    requireScope(ctx, 'tickets', 'edit'),
    (req: Request, res: Response) => {
      const items = readWriteBody(req);
      const agent = getAuth(req).agent;
      const results = items.map((item) => {
        const ticketId = numberField(item, 'ticket_id') ?? 0;
        if (ticketId && !ctx.store.data.tickets.some((t) => t.id === ticketId))
          throw notFound('Ticket', ticketId);
        return saveAttachment(ctx.store, item, {
          ticketId,
          actionId: numberField(item, 'action_id') ?? 0,
          agentId: agent.id,
        });
      });
      ctx.store.save();
      const [first] = results;
      const [item] = items;
      if (!first || !item) throw badRequest('The request body must contain at least one object');
      if (first.record) return sendWrite(res, ctx, 'attachments', attachmentView(first.record));
      sendWrite(
        res,
        ctx,
        'attachments',
        {
          id: 0,
          filename: first.filename,
          ticket_id: numberField(item, 'ticket_id') ?? 0,
          action_id: numberField(item, 'action_id') ?? 0,
          desc: stringField(item, 'desc') ?? '',
          _warning: first.warning,
        },
        200,
      );
    },
  );
  router.get('/attachment', requireScope(ctx, 'tickets', 'read'), (req: Request, res: Response) => {
    const q = HaloQuery.of(req);
    const ticketId = q.int('ticket_id') ?? 0;
    const actionId = q.int('action_id') ?? 0;
    const rows = ctx.store.data.attachments
      .filter((a) => a.ticket_id === ticketId && ticketId !== 0)
      .filter((a) => !actionId || a.action_id === actionId)
      .map(attachmentView);
    sendList(
      res,
      ctx,
      'attachments',
      rows,
      { record_count: rows.length },
      {
        ticket_id: ticketId,
        action_id: actionId,
        type: 0,
        unique_id: 0,
        page_no: 1,
        page_size: rows.length,
        folders: [],
      },
    );
  });
  router.get(
    '/attachment/:id',
    requireScope(ctx, 'tickets', 'read'),
    (req: Request, res: Response) => {
      const attachment = ctx.store.data.attachments.find((a) => a.id === Number(req.params['id']));
      if (!attachment) throw notFound('Attachment', String(req.params['id']));
      res
        .status(200)
        .type(attachment.content_type)
        .attachment(attachment.filename)
        .send(Buffer.from(attachment.data, 'base64'));
    },
  );
  return router;
}
