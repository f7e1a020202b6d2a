import { office } from './office-global';
import { PENDING_SIGN_IN_KEY, type PendingSignIn } from './pkce';

/**
 * The dialog's redirect page (on the pane's origin): checks `state` and hands the code and
 * verifier to the pane with `messageParent`; the pane exchanges them.
 */
async function finish(): Promise<void> {
  await office().onReady();
  const query = new URLSearchParams(location.search);
  const pending = JSON.parse(
    sessionStorage.getItem(PENDING_SIGN_IN_KEY) ?? 'null',
  ) as PendingSignIn | null;
  sessionStorage.removeItem(PENDING_SIGN_IN_KEY);
  let message: object;
  if (query.get('error')) {
    message = { error: query.get('error') };
  } else if (!pending || query.get('state') !== pending.state) {
    message = { error: 'state_mismatch' };
  } else {
    message = {
      code: query.get('code'),
      verifier: pending.verifier,
      redirectUri: pending.redirectUri,
    };
  }
  office().context.ui.messageParent(JSON.stringify(message), { targetOrigin: location.origin });
}

void finish();
