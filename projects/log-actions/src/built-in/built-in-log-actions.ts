import { type HaloPluginsFeature, type LogAction, withLogActions } from '@halo-outlook/sdk';
import { appendToTicketAction } from '../append/append-to-ticket-action';
import { createTicketAction } from '../create/create-ticket-action';
import type { CreateTicketOptions, LogActionOptions } from '../options/log-action-options';

/** Options of the built-in log actions. */
export interface BuiltInLogActionsOptions {
  /** Options of "Append to ticket". */
  readonly append?: LogActionOptions;
  /** Options of "Create ticket". */
  readonly create?: CreateTicketOptions;
}

/**
 * The built-in log actions: append to ticket and create ticket.
 *
 * @usageNotes
 * `provideHaloPlugins(withLogActions(builtInLogActions()))`
 */
export function builtInLogActions(options: BuiltInLogActionsOptions = {}): readonly LogAction[] {
  return [
    appendToTicketAction(options.append) as LogAction,
    createTicketAction(options.create) as LogAction,
  ];
}

/**
 * Registers the built-in log actions with `provideHaloPlugins`.
 *
 * @usageNotes
 * `provideHaloPlugins(withBuiltInMatchers(), withBuiltInLogActions(), withLogActions(mine()))`
 */
export function withBuiltInLogActions(
  options: BuiltInLogActionsOptions = {},
): HaloPluginsFeature<'log-actions'> {
  return withLogActions(builtInLogActions(options));
}
