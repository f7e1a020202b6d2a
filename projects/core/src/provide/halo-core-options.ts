import { InjectionToken } from '@angular/core';

/** Settings of core that an app may change with `provideHaloCore(...)` features. */
export interface HaloCoreOptions {
  /** OAuth scopes to request. Default `all offline_access` (offline_access for a refresh token). */
  readonly scope: string;
  /** The sign-in start page, relative to the app's base URL. Default `auth/start.html`. */
  readonly authStartPage: string;
  /**
   * The organisation's hosted config file, relative to the app's base URL, or null for none.
   * Default `config.json`.
   */
  readonly orgConfigUrl: string | null;
  /** How long before expiry an access token is refreshed, in ms. Default 60 000. */
  readonly refreshMarginMs: number;
  /** Size of the Office sign-in dialog, in percent of the screen. Default 60 × 30. */
  readonly dialogSize: { readonly height: number; readonly width: number };
}

/** Core's defaults. */
export const DEFAULT_HALO_CORE_OPTIONS: HaloCoreOptions = Object.freeze({
  scope: 'all offline_access',
  authStartPage: 'auth/start.html',
  orgConfigUrl: 'config.json',
  refreshMarginMs: 60_000,
  dialogSize: Object.freeze({ height: 60, width: 30 }),
});

/** The options in effect (core's defaults unless `provideHaloCore` features change them). */
export const HALO_CORE_OPTIONS = new InjectionToken<HaloCoreOptions>('HALO_CORE_OPTIONS', {
  providedIn: 'root',
  factory: () => DEFAULT_HALO_CORE_OPTIONS,
});
