import type { WorkbenchHost, WorkbenchHostEvent } from '../host-contract/workbench-host';
import { deliver, failed, readAsyncArgs, succeeded } from './async-result';
import { EventType } from './office-enums';
import { OFFICE_ERRORS } from './office-errors';
import { officeTheme } from './office-theme';
import { compareVersions } from './requirement-sets';
import { createMessageRead } from './message-read';
import { convertToEwsId, convertToRestId } from './rest-id';

type Handler = (arg: object) => void;

/**
 * `Office.context.mailbox` for the pane: `item` (null while the selection changes or when nothing
 * is selected), `userProfile`, `diagnostics`, id conversion (1.3) and, from Mailbox 1.5,
 * `addHandlerAsync` / `removeHandlerAsync` for `ItemChanged` (and `OfficeThemeChanged`, 1.14).
 * Returns the mailbox and the function that detaches it from the host.
 */
export function createMailbox(
  host: WorkbenchHost,
  pane: Window,
): { mailbox: object; detach: () => void } {
  const version = host.mailboxVersion();
  const atLeast = (set: string): boolean => compareVersions(version, set) >= 0;
  const handlers = new Map<string, Handler[]>();
  let cached: { key: string; item: object } | null = null;

  const itemNow = (): object | null => {
    const message = host.selectedMessage();
    if (!message) return null;
    if (cached?.key !== message.key) {
      cached = { key: message.key, item: createMessageRead(host, structuredClone(message)) };
    }
    return cached.item;
  };

  const onHostEvent = (event: WorkbenchHostEvent): void => {
    if (event.kind === 'itemChanged') {
      cached = null;
      fire(EventType.ItemChanged, { type: EventType.ItemChanged });
    } else if (atLeast('1.14')) {
      fire(EventType.OfficeThemeChanged, {
        type: EventType.OfficeThemeChanged,
        officeTheme: officeTheme(host.theme()),
      });
    }
  };
  const fire = (type: string, arg: object): void =>
    (handlers.get(type) ?? []).forEach((handler) => setTimeout(() => handler(arg), 0));
  const detach = host.subscribe(pane, onHostEvent);

  const profile = host.userProfile();
  const mailbox: Record<string, unknown> = {
    get item() {
      return itemNow();
    },
    userProfile: {
      displayName: profile.displayName,
      emailAddress: profile.emailAddress,
      timeZone: profile.timeZone,
      ...(atLeast('1.6') ? { accountType: profile.accountType } : {}),
    },
    diagnostics: { hostName: 'OutlookWebApp', hostVersion: '16.0', OWAView: 'ThreeColumns' },
  };
  if (atLeast('1.3')) {
    mailbox['convertToRestId'] = convertToRestId;
    mailbox['convertToEwsId'] = convertToEwsId;
  }
  if (atLeast('1.5')) {
    const supported: string[] = [EventType.ItemChanged];
    if (atLeast('1.14')) supported.push(EventType.OfficeThemeChanged);
    mailbox['addHandlerAsync'] = (eventType: string, handler: Handler, ...rest: unknown[]) => {
      const { options, callback } = readAsyncArgs(rest);
      if (!supported.includes(eventType) || typeof handler !== 'function') {
        deliver(callback, failed(OFFICE_ERRORS.invalidEventType, options.asyncContext));
        return;
      }
      handlers.set(eventType, [...(handlers.get(eventType) ?? []), handler]);
      deliver(callback, succeeded(undefined, options.asyncContext));
    };
    mailbox['removeHandlerAsync'] = (eventType: string, ...rest: unknown[]) => {
      const { options, callback } = readAsyncArgs(rest);
      handlers.delete(eventType);
      deliver(callback, succeeded(undefined, options.asyncContext));
    };
  }
  return { mailbox, detach };
}
