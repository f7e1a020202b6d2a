import { InjectionToken } from '@angular/core';
import type { LogAction } from '../contracts/log-action';
import type { Matcher } from '../contracts/matcher';
import type { PluginRegistration } from './plugin-registration';

/**
 * The matchers registered with `withMatchers(...)`: one entry per call. Read only by the
 * {@link PluginRegistry}; register matchers with `provideHaloPlugins(withMatchers(...))`, never by
 * providing this token yourself.
 */
export const HALO_MATCHERS = new InjectionToken<readonly PluginRegistration<Matcher>[]>(
  'HALO_MATCHERS',
);

/**
 * The log actions registered with `withLogActions(...)`: one entry per call. Read only by the
 * {@link PluginRegistry}; register log actions with `provideHaloPlugins(withLogActions(...))`.
 */
export const HALO_LOG_ACTIONS = new InjectionToken<readonly PluginRegistration<LogAction>[]>(
  'HALO_LOG_ACTIONS',
);
