import type { WorkbenchHost } from '../host-contract/workbench-host';

/**
 * `Office.context.ui.messageParent` inside a dialog: sends a string (or boolean) to the pane's
 * `DialogMessageReceived` handler, with the dialog page's origin. A `targetOrigin` other than the
 * pane's origin (or `*`) means the message is not delivered, as with `postMessage`.
 */
export function messageParent(
  host: WorkbenchHost,
  dialog: Window,
  message: unknown,
  options?: { targetOrigin?: string },
): void {
  if (typeof message !== 'string' && typeof message !== 'boolean') {
    throw new TypeError(
      'messageParent sends a string or a boolean: serialise objects with JSON.stringify first.',
    );
  }
  const target = options?.targetOrigin;
  const parentOrigin = (dialog.opener as Window | null)?.location.origin;
  if (target && target !== '*' && target !== parentOrigin) return;
  if (!host.messageParent(dialog, message, dialog.location.origin)) {
    throw new Error(
      'messageParent was called from a page that is not an open dialog of this add-in.',
    );
  }
}
