import { Injectable, inject } from '@angular/core';
import { DiagnosticsLog, HALO_CORE_OPTIONS, ɵOFFICE as OFFICE } from '@halo-outlook/core';
import { OfficeAuthDialog } from './office-auth-dialog';
import { PopupAuthDialog } from './popup-auth-dialog';

/** How an auth window ended: a message from the callback page, or closed by the user. */
export type AuthDialogOutcome =
  { readonly kind: 'message'; readonly message: string } | { readonly kind: 'cancelled' };

/**
 * The port that shows the sign-in pages: the Office Dialog API inside Office, a popup outside.
 * `open` resolves with the first message from `expectedOrigin` (messages from anywhere else are
 * ignored) or `cancelled` when the user closes the window; it rejects with an `AppError` when the
 * window cannot be shown. The window is closed on every path.
 *
 * Provided by default from the host: {@link OfficeAuthDialog} inside Office, a popup otherwise.
 */
@Injectable({ providedIn: 'root', useFactory: () => createAuthDialog() })
export abstract class AuthDialog {
  /** Opens `url` (same origin as the pane) and waits for the callback page's message. */
  abstract open(url: string, expectedOrigin: string): Promise<AuthDialogOutcome>;
}

function createAuthDialog(): AuthDialog {
  const office = inject(OFFICE);
  const log = inject(DiagnosticsLog);
  return office
    ? new OfficeAuthDialog(office, log, inject(HALO_CORE_OPTIONS).dialogSize)
    : new PopupAuthDialog(log);
}
