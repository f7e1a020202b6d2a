import { InjectionToken } from '@angular/core';

/** How the sdk runs plugins. Set with `withPluginOptions(...)`. */
export interface HaloPluginOptions {
  /** The time box of a matcher that sets no `timeoutMs`, in milliseconds. Default 3000. */
  readonly defaultTimeoutMs: number;
  /** Consecutive failures (throws, timeouts, invalid results) that open a plugin's circuit. Default 3. */
  readonly failuresBeforeBreak: number;
  /** How long an open circuit skips the plugin before it is tried again, in milliseconds. Default 60000. */
  readonly breakCoolDownMs: number;
  /** Ids of registered plugins switched off (for example by an organisation's settings). */
  readonly disabled: readonly string[];
}

/** The options used when `withPluginOptions` is not given. */
export const DEFAULT_HALO_PLUGIN_OPTIONS: HaloPluginOptions = Object.freeze({
  defaultTimeoutMs: 3000,
  failuresBeforeBreak: 3,
  breakCoolDownMs: 60_000,
  disabled: [],
});

/** The options in force. Provided by `withPluginOptions(...)`; defaults otherwise. */
export const HALO_PLUGIN_OPTIONS = new InjectionToken<HaloPluginOptions>('HALO_PLUGIN_OPTIONS', {
  providedIn: 'root',
  factory: () => DEFAULT_HALO_PLUGIN_OPTIONS,
});
