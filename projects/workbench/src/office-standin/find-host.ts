import { WORKBENCH_HOST_KEY, type WorkbenchHost } from '../host-contract/workbench-host';

/** Where this page runs: the task pane, a dialog, or on its own (no Outlook). */
export type StandInRole =
  | { readonly kind: 'pane'; readonly host: WorkbenchHost }
  | { readonly kind: 'dialog'; readonly host: WorkbenchHost }
  | { readonly kind: 'none' };

function hostOf(win: Window | null | undefined): WorkbenchHost | undefined {
  try {
    const candidate = (win as unknown as Record<string, unknown> | null | undefined)?.[
      WORKBENCH_HOST_KEY
    ];
    return candidate ? (candidate as WorkbenchHost) : undefined;
  } catch {
    return undefined; // another origin: not our host
  }
}

/**
 * Finds the workbench host: the pane's parent frame, or, for a dialog, the top window of the page
 * that opened it. A page opened on its own finds none and behaves like Office outside Outlook.
 */
export function findHost(win: Window): StandInRole {
  if (win.parent !== win) {
    const host = hostOf(win.parent);
    if (host) return { kind: 'pane', host };
  }
  let openerTop: Window | null | undefined;
  try {
    openerTop = win.opener ? (win.opener as Window).top : undefined;
  } catch {
    openerTop = undefined;
  }
  const dialogHost = hostOf(openerTop);
  return dialogHost ? { kind: 'dialog', host: dialogHost } : { kind: 'none' };
}
