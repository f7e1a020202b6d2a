import type { SimulatorContext } from '../simulator/simulator-context.js';
import { isAllowedRedirectUri } from './oauth-client-app.js';
import { tenantProblem } from './tenant-check.js';

/** The OAuth parameters an authorize request carries (also the login form's hidden fields). */
export const AUTHORIZE_PARAMS = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'code_challenge',
  'code_challenge_method',
  'tenant',
] as const;

/** Outcome of checking an authorize request before the agent logs in. */
export type AuthorizeCheck =
  { kind: 'ok' } | { kind: 'page'; message: string } | { kind: 'redirect'; url: string };

/** The redirect URI with `error`, `error_description` and `state` added. */
export function errorRedirect(
  redirectUri: string,
  error: string,
  description: string,
  state: string | undefined,
): string {
  const url = new URL(redirectUri);
  url.searchParams.set('error', error);
  url.searchParams.set('error_description', description);
  if (state) url.searchParams.set('state', state);
  return url.toString();
}

/**
 * Checks an authorize request the way Halo's auth server does before showing the login: unknown
 * client or redirect URI → an error page (never a redirect); then `response_type=code`, `state`,
 * PKCE S256 (required for public clients) and the tenant → redirect back with `error=`.
 */
export function checkAuthorizeRequest(
  params: Record<string, string>,
  ctx: SimulatorContext,
): AuthorizeCheck {
  const app = params['client_id'] ? ctx.oauthModel.findApp(params['client_id']) : undefined;
  if (!app) return { kind: 'page', message: `Unknown client_id '${params['client_id'] ?? ''}'.` };
  const redirectUri = params['redirect_uri'];
  if (!redirectUri) return { kind: 'page', message: 'The redirect_uri parameter is required.' };
  let valid = true;
  try {
    new URL(redirectUri);
  } catch {
    valid = false;
  }
  if (!valid || !isAllowedRedirectUri(redirectUri, app.redirectUris)) {
    return {
      kind: 'page',
      message: `The redirect_uri '${redirectUri}' is not registered for this application.`,
    };
  }
  const state = params['state'];
  const fail = (error: string, description: string): AuthorizeCheck => ({
    kind: 'redirect',
    url: errorRedirect(redirectUri, error, description, state),
  });
  const tenant = tenantProblem(params['tenant'], ctx.options);
  if (tenant) return fail('invalid_request', tenant);
  if (params['response_type'] !== 'code')
    return fail('unsupported_response_type', 'Only response_type=code is supported.');
  if (!state) return fail('invalid_request', 'The state parameter is required.');
  if (app.secret === undefined) {
    if (!params['code_challenge'])
      return fail(
        'invalid_request',
        'The code_challenge parameter is required for public clients.',
      );
    if (params['code_challenge_method'] !== 'S256')
      return fail('invalid_request', 'The code_challenge_method must be S256.');
  }
  return { kind: 'ok' };
}
