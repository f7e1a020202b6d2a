import express, { type Request, type Response, type Router } from 'express';
import { corsFor } from '../cors/cors-middleware.js';
import { type MicrosoftContext, authorityOf, graphUrlOf } from '../simulator/microsoft-context.js';
import type { MicrosoftSimulatorControl } from './microsoft-control.js';
import type { RequestArea } from './request-log.js';

function asRecord(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}

function badRequest(res: Response, error: unknown): void {
  res.status(400).json({ error: error instanceof Error ? error.message : String(error) });
}

/**
 * The admin API under `/_ms` — a TEST FACILITY, not part of Entra or Graph: no authentication,
 * CORS open to loopback origins. Mirrors {@link MicrosoftSimulatorControl}; `GET /_ms` describes the
 * simulator (authorities, client id, Graph URL, users, consent, mailbox), `GET /_ms/certificate`
 * gives the TLS certificate to trust.
 */
export function adminRoutes(
  ctx: MicrosoftContext,
  control: MicrosoftSimulatorControl,
  certificate: string,
): Router {
  const router = express.Router();
  router.use(corsFor(ctx.options.corsOrigins, 'GET, POST, PUT, DELETE, OPTIONS'));
  router.use(express.json({ limit: '100kb' }));

  router.get('/', (_req, res) => {
    res.json({
      note: 'microsoft-simulator admin API (test facility, not part of Entra or Microsoft Graph)',
      url: ctx.baseUrl,
      clientId: ctx.options.clientId,
      graphUrl: graphUrlOf(ctx),
      tenants: ctx.tenants.map((t) => ({
        id: t.id,
        name: t.name,
        authority: authorityOf(ctx, t),
        users: t.users.map((u) => ({
          userPrincipalName: u.userPrincipalName,
          displayName: u.displayName,
          id: u.id,
          accountEnabled: u.accountEnabled,
        })),
      })),
      consentedScopes: control.consentedScopes(),
      redirectUris: ctx.options.redirectUris,
      mailbox: {
        owner: ctx.mailbox.owner,
        messages: ctx.mailbox.messages.map((m) => ({
          file: m.file,
          id: m.id,
          conversationId: m.message.conversationId,
          subject: m.message.subject,
        })),
        skipped: ctx.mailbox.skipped,
      },
    });
  });
  router.get('/certificate', (_req, res) => {
    res.type('application/x-pem-file').send(certificate);
  });
  router.post('/reset', (_req, res) => {
    control.reset();
    res.json({ ok: true, consentedScopes: control.consentedScopes() });
  });
  router.get('/log', (req: Request, res: Response) => {
    const str = (name: string): string | undefined =>
      typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined;
    const area = str('area');
    const entries = control.requestLog({
      area: area === 'graph' || area === 'identity' ? (area as RequestArea) : undefined,
      method: str('method'),
      path: str('path'),
    });
    res.json({ count: entries.length, entries });
  });
  router.delete('/log', (_req, res) => {
    control.clearLog();
    res.json({ ok: true });
  });
  router.get('/consent', (_req, res) => {
    res.json({ scopes: control.consentedScopes() });
  });
  router.put('/consent', (req, res) => {
    const scopes = asRecord(req.body)['scopes'];
    if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string')) {
      return badRequest(res, 'send { "scopes": ["User.Read", …] }');
    }
    try {
      control.setConsentedScopes(scopes as string[]);
      res.json({ scopes: control.consentedScopes() });
    } catch (error) {
      badRequest(res, error);
    }
  });
  router.post('/tokens', (req, res) => {
    const body = asRecord(req.body);
    try {
      res.status(201).json(
        control.issueToken({
          user: typeof body['user'] === 'string' ? body['user'] : undefined,
          scopes: Array.isArray(body['scopes']) ? (body['scopes'] as string[]) : undefined,
          ttlSeconds: typeof body['ttlSeconds'] === 'number' ? body['ttlSeconds'] : undefined,
        }),
      );
    } catch (error) {
      badRequest(res, error);
    }
  });
  return router;
}
