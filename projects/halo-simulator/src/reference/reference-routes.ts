import express, { type Request, type Response, type Router } from 'express';
import { HaloQuery } from '../http/halo-query.js';
import { sendReference } from '../http/halo-responses.js';
import { requireScope } from '../http/require-scope.js';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import {
  fieldInfoView,
  outcomeView,
  priorityView,
  statusView,
  teamView,
  ticketTypeView,
} from './reference-views.js';

/**
 * Reference data, each a bare array by default: `/TicketType`, `/Status`, `/Outcome` (envelope
 * switchable separately), `/Team`, `/Priority`, `/FieldInfo`.
 */
export function referenceRoutes(ctx: SimulatorContext): Router {
  const router = express.Router();
  const read = requireScope(ctx, 'tickets', 'read');
  const wrapped = (): boolean => ctx.options.variants.referenceEnvelope === 'wrapped';

  router.get('/tickettype', read, (req: Request, res: Response) => {
    const q = HaloQuery.of(req);
    const rows = ctx.store.data.ticketTypes
      .filter((t) => q.bool('showinactive') || q.bool('showall') || !t.inactive)
      .filter((t) => !q.bool('canagentsselect') || t.agentscanselect)
      .map(ticketTypeView);
    sendReference(res, ctx, 'tickettypes', rows, wrapped());
  });

  router.get('/status', read, (req: Request, res: Response) => {
    const q = HaloQuery.of(req);
    const rows = ctx.store.data.statuses
      .filter((s) => !q.bool('excludeclosed') || !s.closed)
      .filter((s) => !q.bool('excludepending') || s.type !== 2)
      .map(statusView);
    sendReference(res, ctx, 'statuses', rows, wrapped());
  });

  router.get('/outcome', read, (req: Request, res: Response) => {
    const q = HaloQuery.of(req);
    const rows = ctx.store.data.outcomes
      .filter((o) => q.bool('showhidden') || !o.hidden)
      .filter((o) => !q.bool('excludesystemactions') || o.systemid === 0)
      .map(outcomeView);
    sendReference(res, ctx, 'outcomes', rows, ctx.options.variants.outcomeEnvelope === 'wrapped');
  });

  router.get('/team', (req: Request, res: Response) => {
    const q = HaloQuery.of(req);
    const type = q.get('type')?.toLowerCase();
    const rows = ctx.store.data.teams
      .filter((t) => q.bool('includedisabled') || !t.inactive)
      .filter((t) => !type || t.use === type)
      .map(teamView);
    sendReference(res, ctx, 'teams', rows, wrapped());
  });

  router.get('/priority', read, (_req: Request, res: Response) => {
    sendReference(res, ctx, 'priorities', ctx.store.data.priorities.map(priorityView), wrapped());
  });

  router.get('/fieldinfo', read, (req: Request, res: Response) => {
    const typeid = HaloQuery.of(req).int('typeid');
    const rows = ctx.store.data.fieldInfo
      .filter((f) => typeid === undefined || f.typeid === typeid)
      .map(fieldInfoView);
    sendReference(res, ctx, 'fields', rows, wrapped());
  });
  return router;
}
