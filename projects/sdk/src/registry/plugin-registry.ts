import { EnvironmentInjector, Injectable, inject } from '@angular/core';
import type { LogAction } from '../contracts/log-action';
import type { Matcher } from '../contracts/matcher';
import { byPriority } from './by-priority';
import { checkPlugins } from './check-plugins';
import { HALO_PLUGIN_OPTIONS } from './halo-plugin-options';
import { HALO_LOG_ACTIONS, HALO_MATCHERS } from './plugin-tokens';

/**
 * The one reader of the plugin tokens. Provided by `provideHaloPlugins(...)` in the injector it is
 * called in (there is none elsewhere), and built when that injector starts: it checks every id
 * (`vendor.name`, unique per kind: a duplicate is an error naming both registrations), drops the
 * plugins switched off by `withPluginOptions({ disabled })`, and orders the rest by priority
 * (higher first), then by id.
 *
 * @usageNotes
 * ```ts
 * const actions = inject(PluginRegistry).logActions; // in the order the pane lists them
 * ```
 */
@Injectable()
export class PluginRegistry {
  /** The injector the registry lives in: the one `provideHaloPlugins(...)` was called in. */
  readonly injector = inject(EnvironmentInjector);

  /** The enabled matchers, in run order. */
  readonly matchers: readonly Matcher[];

  /** The enabled log actions, in the order the pane lists them. */
  readonly logActions: readonly LogAction[];

  constructor() {
    const disabled = new Set(inject(HALO_PLUGIN_OPTIONS).disabled);
    const matchers = checkPlugins(
      inject(HALO_MATCHERS, { optional: true }) ?? [],
      'matcher',
      'withMatchers',
      matcherProblem,
    );
    const actions = checkPlugins(
      inject(HALO_LOG_ACTIONS, { optional: true }) ?? [],
      'log action',
      'withLogActions',
      logActionProblem,
    );
    this.matchers = Object.freeze(matchers.filter((m) => !disabled.has(m.id)).sort(byPriority));
    this.logActions = Object.freeze(actions.filter((a) => !disabled.has(a.id)).sort(byPriority));
  }
}

function matcherProblem(matcher: Matcher): string | null {
  if (typeof matcher.match !== 'function') return 'has no match() function';
  if (!Number.isFinite(matcher.priority)) return 'needs a priority (a finite number)';
  const timeout = matcher.timeoutMs;
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout > 0)) {
    return 'has a timeoutMs that is not a positive number';
  }
  const unknown = (matcher.dependsOn ?? []).filter((k) => k !== 'contact' && k !== 'client');
  return unknown.length > 0
    ? `depends on ${unknown.join(', ')}; a matcher can depend on "contact" and "client" only`
    : null;
}

function logActionProblem(action: LogAction): string | null {
  if (typeof action.run !== 'function') return 'has no run() function';
  if (typeof action.isAvailable !== 'function') return 'has no isAvailable() function';
  if (typeof action.label !== 'string' || action.label.trim() === '') return 'has no label';
  return null;
}
