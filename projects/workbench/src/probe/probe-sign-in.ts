import { office } from './office-global';
import { show } from './probe-output';

let dialog: Office.Dialog | null = null;

async function exchange(haloUrl: string, clientId: string, message: string): Promise<void> {
  const answer = JSON.parse(message) as {
    code?: string;
    verifier?: string;
    redirectUri?: string;
    error?: string;
  };
  if (answer.error || !answer.code || !answer.verifier || !answer.redirectUri) {
    show('signed-in', `Sign-in failed: ${answer.error ?? 'no code'}`);
    return;
  }
  const token = await fetch(new URL('/auth/token', haloUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: answer.code,
      code_verifier: answer.verifier,
      redirect_uri: answer.redirectUri,
      client_id: clientId,
    }),
  });
  const tokens = (await token.json()) as { access_token?: string; error?: string };
  if (!tokens.access_token) {
    show('signed-in', `Token exchange failed: ${tokens.error ?? token.status}`);
    return;
  }
  const me = await fetch(new URL('/api/Agent/me', haloUrl), {
    headers: { Authorization: `Bearer ${tokens.access_token}` },
  });
  const agent = (await me.json()) as { name?: string };
  show('signed-in', `Signed in as ${agent.name ?? '?'}`);
}

/**
 * Opens a dialog the way the add-in's sign-in does, and reports every callback and event.
 * `path` is a page on the pane's origin (or a full URL elsewhere, to see 12004).
 */
export function openDialog(
  path: string,
  options: Office.DialogOptions,
  haloUrl: string,
  clientId: string,
): void {
  const url = new URL(path, location.href);
  url.searchParams.set('haloUrl', haloUrl);
  url.searchParams.set('clientId', clientId);
  show('dialog-open', 'pending');
  office().context.ui.displayDialogAsync(url.href, options, (result) => {
    if (result.status === office().AsyncResultStatus.Failed) {
      show('dialog-open', {
        status: result.status,
        code: result.error.code,
        message: result.error.message,
      });
      return;
    }
    dialog = result.value;
    show('dialog-open', { status: result.status });
    dialog.addEventHandler(office().EventType.DialogMessageReceived, (arg) => {
      const { message, origin } = arg as { message: string; origin: string };
      show('dialog-origin', origin);
      dialog?.close();
      dialog = null;
      void exchange(haloUrl, clientId, message);
    });
    dialog.addEventHandler(office().EventType.DialogEventReceived, (arg) => {
      show('dialog-event', (arg as { error: number }).error);
      dialog = null;
    });
  });
}

/** Closes the open dialog from the pane (no event follows). */
export function closeDialog(): void {
  dialog?.close();
  dialog = null;
  show('dialog-closed-by-pane', 'yes');
}
