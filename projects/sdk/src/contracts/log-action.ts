import { MailSnapshot } from '@halo-outlook/core';
import { Type } from '@angular/core';

/** What a log action is given when it runs. */
export interface LogActionContext {
  /** The email being logged. */
  readonly snapshot: MailSnapshot;
  /** Aborted when the agent cancels or the email changes. */
  readonly signal: AbortSignal;
}

/** How a log action ended. */
export type LogOutcome =
  | { readonly status: 'done'; readonly ticketId: number; readonly message?: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string; readonly retryable: boolean };

/**
 * Something an agent can do with an email: append it to a ticket, create a ticket, post it to a
 * runbook…
 *
 * @usageNotes
 * ```ts
 * export const flagAction: LogAction<void> = {
 *   id: 'acme.flag',
 *   label: 'Flag in Halo',
 *   icon: 'flag',
 *   isAvailable: () => true,
 *   run: async (ctx) => ({ status: 'done', ticketId: 1 }),
 * };
 * ```
 */
export interface LogAction<TInput = unknown> {
  /** A unique id, `vendor.name`. */
  readonly id: string;
  /** The button label. */
  readonly label: string;
  /** A Material Symbols icon name. */
  readonly icon: string;
  /** Higher is listed first. */
  readonly priority?: number;
  /** Whether the action applies to this email now. */
  isAvailable(context: LogActionContext): boolean;
  /** Loads the form that collects the action's input, lazily. */
  loadForm?(): Promise<Type<unknown>>;
  /** Performs the action. */
  run(context: LogActionContext, input: TInput): Promise<LogOutcome>;
}
