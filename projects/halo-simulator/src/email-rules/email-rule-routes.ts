import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { notFound } from '../http/halo-http-error.js';
import { HaloQuery } from '../http/halo-query.js';
import { sendObject, sendReference } from '../http/halo-responses.js';
import { requireScope } from '../http/require-scope.js';
import { sendHaloError } from '../http/send-halo-error.js';
import type { SimulatorContext } from '../simulator/simulator-context.js';
import type { EmailRuleRecord } from '../store/records.js';
import { emailRuleView } from './email-rule-view.js';

/** What Halo says to an agent who may not read e-mail rules (the `emailRuleAccess` variant). */
export const EMAIL_RULES_FORBIDDEN = 'You do not have permission to access Email Rules.';

/**
 * `GET /api/EmailRule` (a bare array, or `{ record_count, emailrules }` with the
 * `referenceEnvelope` variant; `type=<code>` and `fromaddress=<address>` filter) and
 * `GET /api/EmailRule/{id}`. Both need `read:tickets`, and answer 403 while the
 * `emailRuleAccess` variant is `forbidden` (the tenant does not let this agent read its rules).
 */
export function emailRuleRoutes(ctx: SimulatorContext): Router {
  const router = express.Router();
  const read = requireScope(ctx, 'tickets', 'read');
  const allowed = (_req: Request, res: Response, next: NextFunction): void => {
    if (ctx.options.variants.emailRuleAccess === 'allowed') return next();
    sendHaloError(res, ctx.options.variants, 403, EMAIL_RULES_FORBIDDEN);
  };
  const rules = (): EmailRuleRecord[] => ctx.store.data.emailRules;
  const view = (rule: EmailRuleRecord) =>
    emailRuleView(rule, ctx.options.variants.emailRuleMappings);

  router.get('/emailrule', read, allowed, (req: Request, res: Response) => {
    const q = HaloQuery.of(req);
    const type = q.int('type');
    const from = q.get('fromaddress')?.trim().toLowerCase();
    const rows = rules()
      .filter((r) => type === undefined || r.type === type)
      .filter((r) => !from || from.includes(r.fromaddr.toLowerCase()))
      .sort((a, b) => a.seq - b.seq || a.id - b.id)
      .map(view);
    sendReference(
      res,
      ctx,
      'emailrules',
      rows,
      ctx.options.variants.referenceEnvelope === 'wrapped',
    );
  });

  router.get('/emailrule/:id', read, allowed, (req: Request, res: Response) => {
    const rule = rules().find((r) => r.id === Number(req.params['id']));
    if (!rule) throw notFound('EmailRule', String(req.params['id']));
    sendObject(res, ctx, view(rule));
  });
  return router;
}
