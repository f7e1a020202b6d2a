import { ɵOfficeApi as OfficeApi, ɵofficeGlobal as officeGlobal } from '@halo-outlook/core';

/** What the sign-in pages use of their window, so that specs can run them without navigating. */
export interface AuthPageEnvironment {
  /** The page's URL. */
  readonly url: string;
  /** The dialog's own sessionStorage (kept across the redirect through Halo). */
  readonly session: Storage;
  /** Office.js in the dialog, or null (popup outside Office). */
  readonly office: OfficeApi | null;
  /** The window that opened this popup, or null. */
  readonly opener: Pick<Window, 'postMessage'> | null;
  /** Leaves for `url`. */
  navigate(url: string): void;
  /** Closes this window (popup). */
  close(): void;
  /** Shows a line of text to the user. */
  show(text: string): void;
}

/** The real window's environment. */
export function browserAuthPageEnvironment(): AuthPageEnvironment {
  return {
    url: location.href,
    session: sessionStorage,
    office: officeGlobal(),
    opener: window.opener as Window | null,
    navigate: (url) => location.replace(url),
    close: () => window.close(),
    show: (text) => {
      const status = document.getElementById('status') ?? document.body;
      status.textContent = text;
    },
  };
}

/** Waits for Office.js in the dialog (bounded: outside Office it may never be ready). */
export async function officeReady(office: OfficeApi | null, timeoutMs = 3000): Promise<void> {
  if (!office) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    office.onReady().catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
  ]);
  clearTimeout(timer);
}

/** Where the start page keeps what the callback page needs, in the dialog's sessionStorage. */
export const AUTH_SESSION_KEY = 'halo-outlook.sign-in';

/** What the start page keeps for the callback page. */
export interface AuthPageSession {
  /** The `state` sent to Halo. */
  readonly state: string;
  /** The PKCE verifier. */
  readonly codeVerifier: string;
  /** The pane's nonce for this sign-in. */
  readonly request: string;
  /** How to answer: Office's messageParent or the popup's opener. */
  readonly mode: 'office' | 'popup';
  /** The redirect URI sent to Halo. */
  readonly redirectUri: string;
}
