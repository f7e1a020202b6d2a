import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type Provider from 'oidc-provider';
import { USER_PASSWORD } from '../directory/fixed-tenants.js';
import type { MicrosoftContext } from '../simulator/microsoft-context.js';
import { consentedGrant } from './consented-grant.js';
import { ENTRA_ERRORS, type EntraError, entraDescription } from './entra-errors.js';
import { unknownScopes } from './entra-interaction-policy.js';
import { GRAPH_RESOURCE, graphPermission } from './graph-scopes.js';
import { renderEntraLoginPage } from './login-page.js';
import type { TenantAccounts } from './tenant-accounts.js';

/** Entra's sign-in messages for a refused login. */
const SIGN_IN_MESSAGES = {
  unknownUser:
    'This username may be incorrect. Make sure you typed it correctly. Otherwise, contact your admin. (AADSTS50034: The user account does not exist in this directory.)',
  wrongPassword:
    "Your account or password is incorrect. If you don't remember your password, reset it now. (AADSTS50126)",
  disabled:
    'Your account has been locked. Contact your support person to unlock it, then try again. (AADSTS50057: The user account is disabled.)',
} as const;

type Interaction = Awaited<ReturnType<Provider['interactionDetails']>>;

function finishWithError(
  provider: Provider,
  req: Request,
  res: Response,
  error: EntraError,
): Promise<void> {
  return provider.interactionFinished(
    req,
    res,
    { error: error.error, error_description: entraDescription(error) },
    { mergeWithLastSubmission: false },
  );
}

/** The Graph permissions the consent prompt found missing (all of them not consented). */
function missingGraphPermissions(interaction: Interaction): string[] {
  const details = interaction.prompt.details as {
    missingResourceScopes?: Record<string, string[]>;
  };
  const missing = details.missingResourceScopes?.[GRAPH_RESOURCE] ?? [];
  return [...new Set(missing.map((s) => graphPermission(s) ?? s))];
}

/**
 * The interaction pages of one tenant (`/<tenant id>/oauth2/v2.0/login/<uid>`): the login form
 * (email + password of a tenant user), and the decisions Entra makes without a page when users may
 * not consent: an unknown scope ends the request with `invalid_scope` (AADSTS70011), a Graph
 * permission the admin did not consent to with `consent_required` (AADSTS65001).
 */
export function loginRoutes(
  ctx: MicrosoftContext,
  provider: Provider,
  accounts: TenantAccounts,
): Router {
  const router = express.Router();
  const page = (interaction: Interaction, req: Request, error?: string): string =>
    renderEntraLoginPage({
      tenantName: accounts.tenant.name,
      appName: 'Halo for Outlook',
      action: req.originalUrl.split('?')[0] ?? req.originalUrl,
      loginHint:
        typeof req.body?.['login'] === 'string'
          ? (req.body['login'] as string)
          : String(interaction.params['login_hint'] ?? ''),
      users: accounts.tenant.users.map((u) => u.userPrincipalName),
      password: USER_PASSWORD,
      error,
    });

  router.get('/:uid', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const interaction = await provider.interactionDetails(req, res);
      const unknown = unknownScopes(interaction.params['scope'] as string | undefined);
      if (unknown.length)
        return await finishWithError(provider, req, res, ENTRA_ERRORS.invalidScope(unknown));
      if (interaction.prompt.name === 'consent') {
        const missing = missingGraphPermissions(interaction);
        if (missing.length) {
          return await finishWithError(
            provider,
            req,
            res,
            ENTRA_ERRORS.consentRequired(ctx.options.clientId, missing, false),
          );
        }
        // prompt=consent, or only OpenID scopes or claims missing: granted as the admin
        // consented, without asking, as Entra does when users may not consent.
        const grant = await consentedGrant(
          provider,
          ctx.consent,
          String(interaction.session?.accountId),
          String(interaction.params['client_id']),
        );
        const claims = (interaction.prompt.details as { missingOIDCClaims?: string[] })
          .missingOIDCClaims;
        if (claims?.length) {
          grant.addOIDCClaims(claims);
          await grant.save();
        }
        return await provider.interactionFinished(req, res, { consent: { grantId: grant.jti } });
      }
      res.set('Cache-Control', 'no-store').type('html').send(page(interaction, req));
    } catch (error) {
      next(error);
    }
  });

  router.post(
    '/:uid',
    express.urlencoded({ extended: false }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const interaction = await provider.interactionDetails(req, res);
        const body = (req.body ?? {}) as Record<string, string>;
        if (body['action'] === 'cancel') {
          return await finishWithError(provider, req, res, ENTRA_ERRORS.cancelled());
        }
        const user = accounts.byUserPrincipalName(body['login'] ?? '');
        const refusal = !user
          ? SIGN_IN_MESSAGES.unknownUser
          : !user.accountEnabled
            ? SIGN_IN_MESSAGES.disabled
            : user.password !== body['password']
              ? SIGN_IN_MESSAGES.wrongPassword
              : null;
        if (refusal || !user) {
          res.status(200).set('Cache-Control', 'no-store').type('html');
          return void res.send(page(interaction, req, refusal ?? SIGN_IN_MESSAGES.unknownUser));
        }
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: accounts.accountId(user) }, select_account: {} },
          { mergeWithLastSubmission: false },
        );
      } catch (error) {
        next(error);
      }
    },
  );
  return router;
}
