import { AUTH_MESSAGE_TYPE, AuthCallbackMessage } from '../auth-message';
import {
  AUTH_SESSION_KEY,
  AuthPageEnvironment,
  AuthPageSession,
  browserAuthPageEnvironment,
  officeReady,
} from './auth-page-environment';

/**
 * The sign-in callback page (`auth/callback.html`), where Halo redirects. Checks `state` against
 * what the start page kept (a mismatch sends an error, never the code), then hands the code and
 * its verifier to the pane — with `messageParent` and a `targetOrigin` of this origin inside
 * Office, with `postMessage` to this origin in a popup. The pane exchanges the code: tokens are
 * then made and stored only where they are used, and the dialog (a separate browser instance with
 * its own storage) never holds one.
 *
 * @usageNotes
 * The page's script is just `runAuthCallbackPage();`.
 */
export async function runAuthCallbackPage(
  env: AuthPageEnvironment = browserAuthPageEnvironment(),
): Promise<AuthCallbackMessage | null> {
  await officeReady(env.office);
  const page = new URL(env.url);
  const params = page.searchParams;
  const saved = readSession(env.session);
  env.session.removeItem(AUTH_SESSION_KEY);
  if (!saved) {
    env.show('This sign-in was not started from this window. Close it and choose Sign in again.');
    return null;
  }
  const message = callbackMessage(params, saved);
  const text = JSON.stringify(message);
  if (saved.mode === 'office' && env.office) {
    env.office.context.ui.messageParent(text, { targetOrigin: page.origin });
  } else if (env.opener) {
    env.opener.postMessage(text, page.origin);
    env.close();
  } else {
    env.show(
      'The add-in that asked for this sign-in is gone. Close this window and sign in again.',
    );
    return message;
  }
  env.show(message.ok ? 'Signed in. You can close this window.' : 'Sign-in did not complete.');
  return message;
}

function callbackMessage(params: URLSearchParams, saved: AuthPageSession): AuthCallbackMessage {
  const base = { type: AUTH_MESSAGE_TYPE, request: saved.request } as const;
  if (params.get('state') !== saved.state) {
    return { ...base, ok: false, error: 'state_mismatch', description: 'The state did not match.' };
  }
  const error = params.get('error');
  const code = params.get('code');
  if (error || !code) {
    return {
      ...base,
      ok: false,
      error: error ?? 'invalid_request',
      description: params.get('error_description') ?? (code ? '' : 'Halo returned no code.'),
    };
  }
  return {
    ...base,
    ok: true,
    code,
    codeVerifier: saved.codeVerifier,
    redirectUri: saved.redirectUri,
  };
}

function readSession(storage: Storage): AuthPageSession | null {
  try {
    const value = JSON.parse(storage.getItem(AUTH_SESSION_KEY) ?? 'null') as AuthPageSession | null;
    return value && typeof value.state === 'string' && typeof value.codeVerifier === 'string'
      ? value
      : null;
  } catch {
    return null;
  }
}
