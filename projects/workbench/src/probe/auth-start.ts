import { office } from './office-global';
import { createPkce, PENDING_SIGN_IN_KEY, type PendingSignIn } from './pkce';

/**
 * The dialog's first page (on the pane's origin): makes the PKCE verifier and `state`, keeps them
 * in this window's session storage, and goes to Halo's authorize endpoint.
 */
async function start(): Promise<void> {
  await office().onReady();
  const query = new URLSearchParams(location.search);
  const haloUrl = query.get('haloUrl');
  const clientId = query.get('clientId');
  if (!haloUrl || !clientId) {
    office().context.ui.messageParent(
      JSON.stringify({ error: 'The sign-in page needs haloUrl and clientId.' }),
    );
    return;
  }
  const { verifier, challenge, state } = await createPkce();
  const redirectUri = new URL('auth-callback.html', location.href).href.split('?')[0] ?? '';
  const pending: PendingSignIn = { verifier, state, redirectUri };
  sessionStorage.setItem(PENDING_SIGN_IN_KEY, JSON.stringify(pending));
  const authorize = new URL('/auth/authorize', haloUrl);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: 'all offline_access',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  location.assign(authorize.href);
}

void start();
