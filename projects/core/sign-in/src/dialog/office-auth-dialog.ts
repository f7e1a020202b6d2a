import {
  DiagnosticsLog,
  ɵOfficeApi as OfficeApi,
  ɵofficeCall as officeCall,
  ɵOfficeDialog as OfficeDialog,
} from '@halo-outlook/core';
import type { AuthDialog, AuthDialogOutcome } from './auth-dialog';
import { DIALOG_CLOSED_BY_USER, dialogError } from './dialog-errors';

/** Size of the sign-in dialog, in percent of the screen. */
export interface DialogSize {
  /** Height in percent. */
  readonly height: number;
  /** Width in percent. */
  readonly width: number;
}

/**
 * The sign-in window inside Office: `Office.context.ui.displayDialogAsync` with
 * `promptBeforeOpen: false`. Accepts a message only from `expectedOrigin` (when the client reports
 * the origin: DialogOrigin 1.1), closes the dialog on every path, reports 12006 (closed by the
 * user) as `cancelled` and other codes as `AppError`s in words.
 */
export class OfficeAuthDialog implements AuthDialog {
  constructor(
    private readonly office: OfficeApi,
    private readonly log: DiagnosticsLog,
    private readonly size: DialogSize = { height: 60, width: 30 },
  ) {}

  /** Opens the dialog and waits for the callback page's message or the user closing it. */
  async open(url: string, expectedOrigin: string): Promise<AuthDialogOutcome> {
    let dialog: OfficeDialog;
    try {
      dialog = await officeCall<OfficeDialog>('open the sign-in window', (cb) =>
        this.office.context.ui.displayDialogAsync(
          url,
          { height: this.size.height, width: this.size.width, promptBeforeOpen: false },
          cb,
        ),
      );
    } catch (error) {
      const code = officeErrorCode(error);
      this.log.record('auth.dialog', 'warn', `displayDialogAsync failed (${code ?? '?'})`);
      throw dialogError(code ?? 0, expectedOrigin);
    }

    return new Promise<AuthDialogOutcome>((resolve, reject) => {
      const finish = (settle: () => void) => {
        try {
          dialog.close();
        } catch {
          // Already closed (the user closed it, or it navigated away).
        }
        settle();
      };
      dialog.addEventHandler(this.office.EventType.DialogMessageReceived, (args) => {
        if (!('message' in args)) return;
        if (args.origin !== undefined && args.origin !== expectedOrigin) {
          this.log.record('auth.dialog', 'warn', 'Ignored a dialog message from another origin', {
            origin: String(args.origin),
          });
          return;
        }
        finish(() => resolve({ kind: 'message', message: args.message }));
      });
      dialog.addEventHandler(this.office.EventType.DialogEventReceived, (args) => {
        if (!('error' in args)) return;
        if (args.error === DIALOG_CLOSED_BY_USER) finish(() => resolve({ kind: 'cancelled' }));
        else finish(() => reject(dialogError(args.error, expectedOrigin)));
      });
    });
  }
}

function officeErrorCode(error: unknown): number | null {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'number' ? cause.code : null;
}
