import { messageParent } from './dialog-messaging';
import { findHost, type StandInRole } from './find-host';
import { createMailbox } from './mailbox';
import {
  AsyncResultStatus,
  CoercionType,
  EventType,
  HostType,
  InitializationReason,
  MailboxEnums,
  PlatformType,
} from './office-enums';
import { applyOfficePageQuirks } from './office-page-quirks';
import { officeTheme } from './office-theme';
import { displayDialogAsync } from './pane-dialogs';
import { compareVersions, isSetSupported } from './requirement-sets';
import { createRoamingSettings } from './roaming-settings';

/** What `Office.onReady` resolves with. */
interface ReadyInfo {
  host: string | null;
  platform: string | null;
}

/** Builds `Office.context` for the role this page plays. */
function buildContext(role: StandInRole, win: Window): object | undefined {
  if (role.kind === 'none') return undefined;
  const { host } = role;
  const common = {
    host: HostType.Outlook,
    platform: PlatformType.OfficeOnline,
    diagnostics: { host: HostType.Outlook, platform: PlatformType.OfficeOnline, version: '16.0' },
    displayLanguage: 'en-US',
    contentLanguage: 'en-US',
    requirements: {
      isSetSupported: (name: string, minVersion?: string | number) =>
        isSetSupported(host.mailboxVersion(), name, minVersion),
    },
  };
  if (role.kind === 'dialog') {
    return {
      ...common,
      ui: {
        messageParent: (message: unknown, options?: { targetOrigin?: string }) =>
          messageParent(host, win, message, options),
      },
    };
  }
  const { mailbox, detach } = createMailbox(host, win);
  win.addEventListener('pagehide', detach);
  const context: Record<string, unknown> = {
    ...common,
    mailbox,
    roamingSettings: createRoamingSettings(host),
    ui: {
      displayDialogAsync: (startAddress: string, ...rest: unknown[]) =>
        displayDialogAsync(host, win, startAddress, rest),
    },
  };
  if (compareVersions(host.mailboxVersion(), '1.14') >= 0) {
    Object.defineProperty(context, 'officeTheme', {
      enumerable: true,
      get: () => officeTheme(host.theme()),
    });
  }
  return context;
}

/**
 * The Office stand-in: defines `window.Office` as Outlook on the web presents it to a read-mode
 * task pane and its dialogs, backed by the workbench page. `Office.context` exists once the page
 * has loaded (as with office.js); `Office.onReady` resolves then with `{ host: 'Outlook',
 * platform: 'OfficeOnline' }`, or with nulls on a page opened outside the workbench.
 */
function installOffice(win: Window): void {
  const role = findHost(win);
  if (role.kind !== 'none') applyOfficePageQuirks(win);
  let context: object | undefined;
  let info: ReadyInfo | null = null;
  let resolveReady: (value: ReadyInfo) => void = () => undefined;
  const ready = new Promise<ReadyInfo>((resolve) => (resolveReady = resolve));

  const office: Record<string, unknown> = {
    AsyncResultStatus,
    CoercionType,
    EventType,
    HostType,
    PlatformType,
    InitializationReason,
    MailboxEnums,
    initialize: undefined,
    onReady(callback?: (value: ReadyInfo) => void): Promise<ReadyInfo> {
      if (callback) void ready.then((value) => callback(value));
      return ready;
    },
  };
  Object.defineProperty(office, 'context', { enumerable: true, get: () => context });

  const start = (): void => {
    setTimeout(() => {
      context = buildContext(role, win);
      info =
        role.kind === 'none'
          ? { host: null, platform: null }
          : { host: HostType.Outlook, platform: PlatformType.OfficeOnline };
      const initialize = office['initialize'];
      if (typeof initialize === 'function') initialize(InitializationReason.Inserted);
      resolveReady(info);
    }, 0);
  };
  if (win.document.readyState === 'loading') {
    win.document.addEventListener('DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
  (win as unknown as Record<string, unknown>)['Office'] = office;
}

installOffice(window);
