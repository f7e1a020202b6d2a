import { AppError, DiagnosticsLog } from '@halo-outlook/core';
import type { AuthDialog, AuthDialogOutcome } from './auth-dialog';

/** Opens a window the way `window.open` does (replaceable in tests). */
export type OpenWindow = (url: string, target: string, features: string) => Window | null;

/**
 * The sign-in window outside Office: a popup, answered with `postMessage`. Accepts a message only
 * when it comes from `expectedOrigin` and from the popup itself; reports a blocked popup as an
 * `AppError` and a popup the user closed as `cancelled` (checked twice a second, since a closed
 * cross-origin window sends no event).
 */
export class PopupAuthDialog implements AuthDialog {
  constructor(
    private readonly log: DiagnosticsLog,
    private readonly openWindow: OpenWindow = (url, target, features) =>
      window.open(url, target, features),
    private readonly host: Window = window,
    private readonly closedCheckMs = 500,
  ) {}

  /** Opens the popup and waits for the callback page's message or the user closing it. */
  open(url: string, expectedOrigin: string): Promise<AuthDialogOutcome> {
    const popup = this.openWindow(url, 'halo-outlook-sign-in', 'popup,width=520,height=680');
    if (!popup) {
      return Promise.reject(
        new AppError({
          kind: 'office',
          message: 'Your browser blocked the sign-in window.',
          action: `Allow pop-ups for ${expectedOrigin} in the browser settings, then sign in again.`,
          detail: 'window.open returned null',
        }),
      );
    }
    return new Promise<AuthDialogOutcome>((resolve) => {
      const finish = (outcome: AuthDialogOutcome) => {
        this.host.removeEventListener('message', onMessage);
        clearInterval(timer);
        try {
          if (!popup.closed) popup.close();
        } catch {
          // Nothing to close.
        }
        resolve(outcome);
      };
      const onMessage = (event: MessageEvent) => {
        if (event.origin !== expectedOrigin || event.source !== popup) {
          this.log.record('auth.popup', 'warn', 'Ignored a message from another window or origin', {
            origin: event.origin,
          });
          return;
        }
        if (typeof event.data !== 'string') return;
        finish({ kind: 'message', message: event.data });
      };
      this.host.addEventListener('message', onMessage);
      const timer = setInterval(() => {
        if (popup.closed) finish({ kind: 'cancelled' });
      }, this.closedCheckMs);
    });
  }
}
