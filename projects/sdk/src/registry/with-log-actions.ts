import type { LogAction } from '../contracts/log-action';
import type { HaloPluginsFeature } from './halo-plugins-feature';
import { HALO_LOG_ACTIONS } from './plugin-tokens';

/**
 * Registers log actions with `provideHaloPlugins`. Accepts actions and arrays of actions, and may
 * be given more than once.
 *
 * @usageNotes
 * ```ts
 * provideHaloPlugins(withLogActions(appendToTicketAction(), privateNoteAction))
 * ```
 */
export function withLogActions(
  ...actions: readonly (LogAction | readonly LogAction[])[]
): HaloPluginsFeature<'log-actions'> {
  // A LogAction<TInput> is registered as a LogAction: its input is typed by its own form.
  const plugins = actions.flat() as readonly LogAction[];
  return {
    kind: 'log-actions',
    providers: [{ provide: HALO_LOG_ACTIONS, multi: true, useValue: { plugins } }],
  };
}
