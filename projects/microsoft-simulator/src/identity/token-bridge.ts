import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import type Provider from 'oidc-provider';
import { originAllowed } from '../cors/origin-patterns.js';
import type { MicrosoftContext } from '../simulator/microsoft-context.js';
import { ENTRA_ERRORS, type EntraError, entraTokenErrorBody } from './entra-errors.js';
import { GRAPH_RESOURCE, scopeKind, splitScopes } from './graph-scopes.js';

function refuse(ctx: MicrosoftContext, req: Request, res: Response, error: EntraError): void {
  const origin = req.get('origin');
  if (originAllowed(origin, ctx.options.corsOrigins)) {
    res.set('Access-Control-Allow-Origin', origin).vary('Origin');
  }
  res.status(400).set('Cache-Control', 'no-store').json(entraTokenErrorBody(error));
}

/**
 * Entra's refresh-token rules, applied before oidc-provider's token endpoint (which is stricter):
 * a refresh token may be redeemed for any scope the tenant consented to, not only those of the
 * sign-in (so `acquireTokenSilent` for `Mail.Read` after a `User.Read` login works), and
 * `offline_access` may be asked again; a Graph permission that is not consented fails with
 * `invalid_grant` + `suberror: consent_required` (AADSTS65001, MSAL's InteractionRequiredAuthError),
 * an unknown scope with `invalid_scope` (AADSTS70011). With `spaRequiresOrigin`, a token request
 * of the SPA client without an `Origin` header fails like Entra's (AADSTS9002327).
 */
export function tokenBridge(ctx: MicrosoftContext, provider: Provider): RequestHandler[] {
  return [
    express.urlencoded({ extended: false, limit: '56kb' }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const body = { ...((req.body ?? {}) as Record<string, string>) };
        if (
          ctx.options.spaRequiresOrigin &&
          !req.get('origin') &&
          body['client_id'] === ctx.options.clientId
        ) {
          return refuse(ctx, req, res, ENTRA_ERRORS.spaCrossOriginOnly());
        }
        if (body['grant_type'] === 'refresh_token' && body['scope']) {
          const scopes = splitScopes(body['scope']);
          const unknown = scopes.filter((s) => scopeKind(s) === 'unknown');
          if (unknown.length) return refuse(ctx, req, res, ENTRA_ERRORS.invalidScope(unknown));
          const refused = scopes.filter((s) => scopeKind(s) === 'graph' && !ctx.consent.has(s));
          if (refused.length) {
            return refuse(
              ctx,
              req,
              res,
              ENTRA_ERRORS.consentRequired(ctx.options.clientId, refused, true),
            );
          }
          const wanted = scopes.filter((s) => s !== 'offline_access');
          await widenRefreshToken(provider, body['refresh_token'] ?? '', wanted);
          body['scope'] = wanted.join(' ');
          if (!body['scope']) delete body['scope'];
        }
        // oidc-provider reads an already parsed body given as a string.
        req.body = new URLSearchParams(body).toString();
        next();
      } catch (error) {
        next(error);
      }
    },
  ];
}

/** Adds consented scopes the refresh token (and its grant) lacks; unknown tokens are left to oidc-provider. */
async function widenRefreshToken(
  provider: Provider,
  value: string,
  scopes: string[],
): Promise<void> {
  const token = value ? await provider.RefreshToken.find(value) : undefined;
  if (!token || token.isExpired || token.consumed) return;
  const extra = scopes.filter((s) => !token.scopes.has(s));
  if (!extra.length) return;
  const grant = token.grantId ? await provider.Grant.find(token.grantId) : undefined;
  if (!grant) return;
  const oidc = extra.filter((s) => scopeKind(s) === 'oidc');
  const graph = extra.filter((s) => scopeKind(s) !== 'oidc');
  if (oidc.length) grant.addOIDCScope(oidc.join(' '));
  if (graph.length) grant.addResourceScope(GRAPH_RESOURCE, graph.join(' '));
  await grant.save();
  token.scope = [...token.scopes, ...extra].join(' ');
  await token.save();
}
