import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

/** What the redirect page uses of its window, so that specs can run it. */
export interface EntraRedirectPageEnvironment {
  /** The page's URL. */
  readonly url: string;
  /** Hands the response in the page's URL to the pane that opened the pop-up, then closes it. */
  broadcast(): Promise<void>;
  /** Shows a line of text to the user. */
  show(text: string): void;
}

/**
 * The Microsoft sign-in pop-up's redirect page (`auth/entra-redirect.html`): MSAL 5 pop-ups wait
 * for this page to hand the response in its URL back to the pane (`broadcastResponseToMainFrame`
 * of `@azure/msal-browser/redirect-bridge`, over a BroadcastChannel), and the pop-up closes.
 * It is also where Entra's admin consent URL returns an administrator (`?admin_consent=True`).
 * When it cannot hand anything back, the page says what to do. A separate small page, not an
 * app route.
 *
 * @usageNotes
 * The page's script is just `runEntraRedirectPage();`.
 */
export async function runEntraRedirectPage(
  env: EntraRedirectPageEnvironment = browserEnvironment(),
): Promise<boolean> {
  const query = new URL(env.url).searchParams;
  if (query.has('admin_consent')) {
    const granted = query.get('admin_consent')?.toLowerCase() === 'true';
    env.show(
      granted
        ? 'Consent granted for your organisation: its users can now use the Microsoft features of Halo for Outlook. You can close this window.'
        : `Consent was not granted: ${query.get('error_description') ?? query.get('error') ?? 'no reason given'}. Close this window and try the consent link again.`,
    );
    return granted;
  }
  try {
    await env.broadcast();
    env.show('Signed in with Microsoft. You can close this window.');
    return true;
  } catch {
    env.show(
      'This window has no Microsoft sign-in to finish, or the add-in stopped waiting for it. Close it and choose Sign in with Microsoft again.',
    );
    return false;
  }
}

function browserEnvironment(): EntraRedirectPageEnvironment {
  return {
    url: location.href,
    broadcast: () => broadcastResponseToMainFrame(),
    show: (text) => {
      const status = document.getElementById('status') ?? document.body;
      status.textContent = text;
    },
  };
}
