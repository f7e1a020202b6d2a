import { createPkcePair, randomUrlSafe } from '../pkce';
import {
  AUTH_SESSION_KEY,
  AuthPageEnvironment,
  AuthPageSession,
  browserAuthPageEnvironment,
  officeReady,
} from './auth-page-environment';

/**
 * The sign-in start page (`auth/start.html`): on the add-in's own origin, as the Dialog API
 * requires. Reads what the pane put on its URL (`authorize`, `client_id`, `scope`, `tenant`,
 * `request`, `mode`), makes the PKCE verifier and `state`, keeps them in this window's
 * sessionStorage for the callback page, and goes to Halo's authorize endpoint.
 *
 * @usageNotes
 * The page's script is just `runAuthStartPage();`.
 */
export async function runAuthStartPage(
  env: AuthPageEnvironment = browserAuthPageEnvironment(),
): Promise<void> {
  await officeReady(env.office);
  const page = new URL(env.url);
  const params = page.searchParams;
  const authorize = safeAuthorizeUrl(params.get('authorize'));
  const clientId = params.get('client_id');
  const request = params.get('request');
  if (!authorize || !clientId || !request) {
    env.show('This sign-in link is incomplete. Close this window and choose Sign in again.');
    return;
  }
  const pkce = await createPkcePair();
  const session: AuthPageSession = {
    state: randomUrlSafe(32),
    codeVerifier: pkce.verifier,
    request,
    mode: params.get('mode') === 'popup' ? 'popup' : 'office',
    redirectUri: new URL('callback.html', `${page.origin}${page.pathname}`).href,
  };
  env.session.setItem(AUTH_SESSION_KEY, JSON.stringify(session));

  const tenant = params.get('tenant');
  if (tenant) authorize.searchParams.set('tenant', tenant);
  for (const [name, value] of Object.entries({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: session.redirectUri,
    scope: params.get('scope') || 'all offline_access',
    state: session.state,
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
  })) {
    authorize.searchParams.set(name, value);
  }
  env.show('Opening Halo…');
  env.navigate(authorize.href);
}

/** Only an https (or localhost) URL whose path ends in `/authorize`: never an open redirect. */
function safeAuthorizeUrl(value: string | null): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && local);
    return secure && /\/authorize$/.test(url.pathname) ? url : null;
  } catch {
    return null;
  }
}
