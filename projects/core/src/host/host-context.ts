import { InjectionToken } from '@angular/core';

/** Where the add-in runs: inside an Office host, or a plain browser (workbench, tests, a tab). */
export type HostKind = 'office' | 'browser';

/**
 * What the host boundary learnt when the add-in started. It decides which adapters core uses:
 * Office's (roaming settings, the Dialog API, the mailbox) or their browser equivalents.
 */
export interface HostContext {
  /** Office host or plain browser. */
  readonly kind: HostKind;
  /** Office's host name (`Outlook`), or null in a browser. */
  readonly hostName: string | null;
  /** Office's platform (`OfficeOnline`, `PC`, `Mac`…), or null in a browser. */
  readonly platform: string | null;
  /** The URL the add-in was started with (its query carries org-managed config). */
  readonly startUrl: string;
  /** True when Office.js was present but never became ready within the timeout. */
  readonly officeTimedOut: boolean;
}

/**
 * A browser host context for the current page: what core assumes when nobody called
 * {@link connectHost}.
 */
export function browserHost(startUrl: string = globalThis.location?.href ?? ''): HostContext {
  return { kind: 'browser', hostName: null, platform: null, startUrl, officeTimedOut: false };
}

/**
 * The host context, provided by `provideHaloCore(withHost(await connectHost()))`. Defaults to a
 * browser host for the current page.
 */
export const HOST_CONTEXT = new InjectionToken<HostContext>('HOST_CONTEXT', {
  providedIn: 'root',
  factory: () => browserHost(),
});
