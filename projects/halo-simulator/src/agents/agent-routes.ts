import express, { type Request, type Response, type Router } from 'express';
import { getAuth } from '../http/auth-context.js';
import { notFound } from '../http/halo-http-error.js';
import { HaloQuery } from '../http/halo-query.js';
import { sendObject, sendReference } from '../http/halo-responses.js';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import { agentView } from './agent-view.js';

/** `GET /api/Agent` (bare array), `GET /api/Agent/me`, `GET /api/Agent/{id}`. */
export function agentRoutes(ctx: SimulatorContext): Router {
  const router = express.Router();
  router.get('/agent/me', (req: Request, res: Response) => {
    sendObject(res, ctx, agentView(getAuth(req).agent, ctx.store.data));
  });
  router.get('/agent', (req: Request, res: Response) => {
    const q = HaloQuery.of(req);
    const data = ctx.store.data;
    const search = q.get('search')?.toLowerCase();
    const teamId = q.int('team_id');
    const team = q.get('team')?.toLowerCase();
    const rows = data.agents
      .filter((a) => q.bool('includedisabled') || !a.isdisabled)
      .filter((a) => q.bool('includeunassigned') || a.id !== 1)
      .filter(
        (a) =>
          !search ||
          a.name.toLowerCase().includes(search) ||
          a.email.toLowerCase().includes(search),
      )
      .filter((a) => teamId === undefined || a.team_ids.includes(teamId))
      .filter((a) => !team || a.team.toLowerCase() === team)
      .map((a) => agentView(a, data));
    sendReference(res, ctx, 'agents', rows, ctx.options.variants.referenceEnvelope === 'wrapped');
  });
  router.get('/agent/:id', (req: Request, res: Response) => {
    const id = Number(req.params['id']);
    const agent = ctx.store.data.agents.find((a) => a.id === id);
    if (!agent) throw notFound('Agent', String(req.params['id']));
    sendObject(res, ctx, agentView(agent, ctx.store.data));
  });
  return router;
}
