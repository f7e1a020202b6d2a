import type { WorkbenchHost } from '../host-contract/workbench-host';
import { deliver, failed, readAsyncArgs, succeeded } from './async-result';
import { EventType } from './office-enums';
import { OFFICE_ERRORS } from './office-errors';

interface DialogOptions {
  height?: number;
  width?: number;
  displayInIframe?: boolean;
  promptBeforeOpen?: boolean;
}

type Handler = (arg: object) => void;

/**
 * `Office.context.ui.displayDialogAsync` for the pane: the start page must be a full URL on the
 * pane's own origin (else 12004); one dialog at a time (12007); the host's "wants to display a new
 * window" prompt unless `promptBeforeOpen: false` (Ignore → 12009); a refused pop-up → 12011.
 * The dialog reports `DialogMessageReceived` (`{ message, origin }`) and `DialogEventReceived`
 * (`{ error: 12002 | 12006 }`); `close()` closes it without an event.
 */
export function displayDialogAsync(
  host: WorkbenchHost,
  pane: Window,
  startAddress: string,
  rest: readonly unknown[],
): void {
  const { options, callback } = readAsyncArgs<DialogOptions>(rest);
  const context = options.asyncContext;
  let url: URL | null = null;
  try {
    url = new URL(startAddress);
  } catch {
    url = null;
  }
  if (!url || url.origin !== pane.location.origin) {
    deliver(callback, failed(OFFICE_ERRORS.dialogUntrustedDomain, context));
    return;
  }
  const handlers = new Map<string, Handler[]>();
  let open = true;
  const emit = (type: string, arg: object): void => {
    setTimeout(() => {
      if (open) (handlers.get(type) ?? []).forEach((handler) => handler(arg));
    }, 0);
  };
  let handle: { close(): void } | null = null;
  const dialog = {
    addEventHandler(eventType: string, handler: Handler): void {
      handlers.set(eventType, [...(handlers.get(eventType) ?? []), handler]);
    },
    close(): void {
      open = false;
      handle?.close();
    },
  };
  handle = host.openDialog({
    pane,
    url: url.href,
    widthPercent: clampPercent(options.width),
    heightPercent: clampPercent(options.height),
    promptBeforeOpen: options.promptBeforeOpen ?? true,
    opened: (outcome) =>
      deliver(
        callback,
        outcome.ok
          ? succeeded(dialog, context)
          : failed(
              { name: 'Display Dialog Error', message: outcome.message, code: outcome.code },
              context,
            ),
      ),
    message: (message, origin) =>
      emit(EventType.DialogMessageReceived, {
        type: EventType.DialogMessageReceived,
        message,
        origin,
      }),
    event: (code) =>
      emit(EventType.DialogEventReceived, { type: EventType.DialogEventReceived, error: code }),
  });
}

function clampPercent(value: number | undefined): number {
  return Math.min(100, Math.max(10, Number(value ?? 80) || 80));
}
