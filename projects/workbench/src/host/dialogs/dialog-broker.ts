import type { DialogRequest } from '../../host-contract/workbench-host';
import { OFFICE_ERRORS } from '../../office-standin/office-errors';
import type { DialogPrompt } from './dialog-prompt';

interface OpenDialog {
  readonly request: DialogRequest;
  popup: Window | null;
  watch: number | undefined;
}

/** What Office appends to a dialog's start URL (the page must tolerate it). */
const HOST_INFO = 'Outlook$Web$16.01$en-US$$$$0';

/**
 * Opens the dialogs the pane asks for as real pop-up windows, one at a time, and reports what
 * Office reports: 12007 while one is open, 12009 when the prompt is ignored, 12011 when the
 * browser blocks the pop-up, 12002 when the start page cannot be loaded, 12006 when the user
 * closes the window. `messageParent` from the dialog's page reaches the pane through here.
 */
export class DialogBroker {
  private active: OpenDialog | null = null;

  constructor(
    private readonly host: Window,
    private readonly prompt: DialogPrompt,
  ) {}

  /** Handles `displayDialogAsync`. */
  open(request: DialogRequest): { close(): void } {
    if (this.active) {
      request.opened({ ok: false, ...OFFICE_ERRORS.dialogAlreadyOpen });
      return { close: () => undefined };
    }
    const dialog: OpenDialog = { request, popup: null, watch: undefined };
    this.active = dialog;
    const launch = (): void => this.launch(dialog);
    if (request.promptBeforeOpen) {
      this.prompt.ask(launch, () => {
        this.finish(dialog);
        request.opened({ ok: false, ...OFFICE_ERRORS.dialogIgnored });
      });
    } else {
      launch();
    }
    return { close: () => this.finish(dialog) };
  }

  /** Delivers a dialog page's `messageParent`; false if `source` is not the open dialog. */
  messageParent(source: Window, message: string | boolean, origin: string): boolean {
    const dialog = this.active;
    if (!dialog || dialog.popup !== source) return false;
    safely(() => dialog.request.message(message, origin));
    return true;
  }

  /** Closes any dialog (the pane that opened it is gone). */
  closeAll(): void {
    this.prompt.dismiss();
    if (this.active) this.finish(this.active);
  }

  private launch(dialog: OpenDialog): void {
    const { request } = dialog;
    const url = new URL(request.url);
    url.searchParams.append('_host_info', HOST_INFO);
    const screen = this.host.screen;
    const width = Math.round((screen.availWidth * request.widthPercent) / 100);
    const height = Math.round((screen.availHeight * request.heightPercent) / 100);
    const popup = this.host.open(
      url.href,
      '_blank',
      `popup=yes,width=${width},height=${height},left=${Math.round((screen.availWidth - width) / 2)},top=${Math.round((screen.availHeight - height) / 2)}`,
    );
    if (!popup) {
      this.finish(dialog);
      safely(() => request.opened({ ok: false, ...OFFICE_ERRORS.dialogBlocked }));
      return;
    }
    dialog.popup = popup;
    safely(() => request.opened({ ok: true }));
    // A window that navigated to another origin fires nothing we can hear: Outlook's own
    // dialog host polls the same way.
    dialog.watch = this.host.setInterval(() => {
      if (popup.closed && this.active === dialog) {
        this.finish(dialog);
        safely(() => request.event(12006));
      }
    }, 250);
    void fetch(url.href, { cache: 'no-store' })
      .then((response) => response.ok)
      .catch(() => false)
      .then((loaded) => {
        if (!loaded && this.active === dialog) safely(() => request.event(12002));
      });
  }

  private finish(dialog: OpenDialog): void {
    if (this.active === dialog) this.active = null;
    if (dialog.watch !== undefined) this.host.clearInterval(dialog.watch);
    dialog.watch = undefined;
    if (dialog.popup && !dialog.popup.closed) dialog.popup.close();
  }
}

/** Calls into a pane that may have been reloaded meanwhile (its functions then throw). */
function safely(call: () => void): void {
  try {
    call();
  } catch {
    // the pane that asked is gone
  }
}
