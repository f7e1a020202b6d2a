import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { corsFor } from '../cors/cors-middleware.js';
import type { MailboxMessage } from '../mailbox/graph-mailbox.js';
import { type MicrosoftContext, graphUrlOf } from '../simulator/microsoft-context.js';
import { graphAuth } from './graph-auth.js';
import { type GraphCaller, callerOf } from './graph-caller.js';
import { GRAPH_ERRORS, GraphError, sendGraphError } from './graph-error.js';
import { matchesFilter } from './message-filter.js';
import { type MessageQuery, parseMessageQuery } from './message-query.js';
import { messageValue, messageView } from './message-view.js';
import { userView } from './user-view.js';

const READ_USER = ['User.Read', 'User.ReadBasic.All'];
const READ_MAIL_BASIC = ['Mail.ReadBasic', 'Mail.Read', 'Mail.ReadWrite'];
const READ_MAIL = ['Mail.Read', 'Mail.ReadWrite'];

function holds(caller: GraphCaller, permissions: readonly string[]): boolean {
  return permissions.some((p) => caller.permissions.has(p));
}

function queryOf(req: Request): Record<string, string> {
  const query: Record<string, string> = {};
  new URL(req.originalUrl, 'https://127.0.0.1').searchParams.forEach((value, name) => {
    query[name] = value;
  });
  return query;
}

function mailboxOf(ctx: MicrosoftContext, caller: GraphCaller): readonly MailboxMessage[] {
  if (!holds(caller, READ_MAIL_BASIC)) throw GRAPH_ERRORS.mailDenied();
  const owner = caller.user.userPrincipalName.toLowerCase() === ctx.mailbox.owner.toLowerCase();
  return owner ? ctx.mailbox.messages : [];
}

function findMessage(ctx: MicrosoftContext, caller: GraphCaller, id: string): MailboxMessage {
  if (!/^[A-Za-z0-9_=-]+$/.test(id)) throw GRAPH_ERRORS.malformedId();
  const found = mailboxOf(ctx, caller).find((m) => m.id === id);
  if (!found) throw GRAPH_ERRORS.notFound();
  return found;
}

function sorted(messages: readonly MailboxMessage[], query: MessageQuery): MailboxMessage[] {
  const keys = query.orderBy.length
    ? query.orderBy
    : [{ property: 'receivedDateTime', descending: true }];
  return [...messages].sort((a, b) => {
    for (const key of keys) {
      const x = messageValue(a, key.property);
      const y = messageValue(b, key.property);
      const d =
        x instanceof Date && y instanceof Date
          ? x.getTime() - y.getTime()
          : String(x).localeCompare(String(y));
      if (d !== 0) return key.descending ? -d : d;
    }
    return 0;
  });
}

/**
 * The Microsoft Graph subset under `/graph/v1.0` (bearer token required, CORS for loopback
 * origins): `GET /me` (User.Read), `GET /me/messages` with `$filter`, `$select`, `$orderby`, `$top`
 * (default page 10, `@odata.nextLink` with `$skip`) and Graph's `InefficientFilter` rule,
 * `GET /me/messages/{id}` with `$select`, and `GET /me/messages/{id}/$value` (the MIME bytes,
 * Mail.Read). Message ids are REST ids; an EWS id (with `/` or `+`) is `ErrorInvalidIdMalformed`.
 */
export function graphRoutes(ctx: MicrosoftContext): Router {
  const router = express.Router({ caseSensitive: false });
  const graphUrl = graphUrlOf(ctx);
  router.use(corsFor(ctx.options.corsOrigins));
  router.use(graphAuth(ctx));

  router.get('/me', (_req, res) => {
    const caller = callerOf(res);
    if (!holds(caller, READ_USER)) throw GRAPH_ERRORS.userDenied();
    res.json(userView(caller.user, graphUrl));
  });

  router.get('/me/messages', (req, res) => {
    const caller = callerOf(res);
    const raw = queryOf(req);
    const query = parseMessageQuery(raw, true);
    const matching = mailboxOf(ctx, caller).filter((m) =>
      matchesFilter(query.filter, (property) => messageValue(m, property)),
    );
    const page = sorted(matching, query).slice(query.skip, query.skip + query.top);
    const selected = query.select ? `(${query.select.join(',')})` : '';
    const body: Record<string, unknown> = {
      '@odata.context': `${graphUrl}/$metadata#users('${caller.user.id}')/messages${selected}`,
      value: page.map((m) => messageView(m, query.select, holds(caller, READ_MAIL))),
    };
    if (query.skip + query.top < matching.length) {
      const next = new URLSearchParams(raw);
      next.set('$skip', String(query.skip + query.top));
      if (!raw['$top']) next.set('$top', String(query.top));
      body['@odata.nextLink'] = `${graphUrl}/me/messages?${next.toString().replace(/%24/g, '$')}`;
    }
    res.json(body);
  });

  router.get('/me/messages/:id', (req, res) => {
    const caller = callerOf(res);
    const query = parseMessageQuery(queryOf(req), false);
    const message = findMessage(ctx, caller, String(req.params['id']));
    res.json({
      '@odata.context': `${graphUrl}/$metadata#users('${caller.user.id}')/messages/$entity`,
      ...messageView(message, query.select, holds(caller, READ_MAIL)),
    });
  });

  router.get('/me/messages/:id/:segment', (req, res) => {
    const caller = callerOf(res);
    const segment = String(req.params['segment']);
    if (segment !== '$value') throw GRAPH_ERRORS.noSegment(segment);
    const message = findMessage(ctx, caller, String(req.params['id']));
    if (!holds(caller, READ_MAIL)) throw GRAPH_ERRORS.mailDenied();
    res.type('text/plain').send(Buffer.from(message.message.raw));
  });

  router.use((req: Request) => {
    if (req.method !== 'GET') {
      throw new GraphError(
        405,
        'ErrorInvalidRequest',
        "The simulator's Graph answers GET requests only.",
      );
    }
    const segment = req.path.split('/').filter(Boolean).at(-1) ?? '';
    throw GRAPH_ERRORS.noSegment(segment);
  });
  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (error instanceof GraphError) return sendGraphError(res, error);
    next(error);
  });
  return router;
}
