import type { MailSnapshot } from '@halo-outlook/core';
import type { Type } from '@angular/core';
import type { PluginLogger } from '../context/plugin-logger';
import type { HaloWriteFacade } from '@halo-outlook/halo';
import type { ResolutionPicture } from '../resolution/resolution-picture';

/** What a log action is given when it is offered and when it runs. */
export interface LogActionContext {
  /** The e-mail being logged. */
  readonly snapshot: MailSnapshot;
  /** What the pane resolved about the e-mail (contact, client, tickets…). */
  readonly picture: ResolutionPicture;
  /** Aborted when the agent cancels or the e-mail changes. Pass it to every facade call. */
  readonly signal: AbortSignal;
  /** Halo, read and write, counted against this e-mail. */
  readonly halo: HaloWriteFacade;
  /** A logger whose entries carry the action's id. */
  readonly log: PluginLogger;
}

/** How a log action ended. */
export type LogOutcome =
  | { readonly status: 'done'; readonly ticketId: number; readonly message?: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string; readonly retryable: boolean };

/**
 * Something an agent can do with an e-mail: append it to a ticket, create a ticket, post it to a
 * runbook…
 *
 * @usageNotes
 * ```ts
 * export const privateNoteAction: LogAction<{ ticketId: number }> = {
 *   id: 'acme.private-note',
 *   label: 'Add as private note',
 *   icon: 'sticky_note_2',
 *   isAvailable: ({ picture }) => picture.threadTickets.length > 0,
 *   run: async ({ halo, signal }, { ticketId }) => {
 *     const result = await halo.createAction({ ticketId, noteHtml: '<p>…</p>' }, { signal });
 *     return result.status === 'saved'
 *       ? { status: 'done', ticketId }
 *       : { status: 'failed', message: result.error.message, retryable: true };
 *   },
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
  /** Higher is listed first; equal priorities are ordered by id. Default 0. */
  readonly priority?: number;
  /** Whether the action applies to this e-mail now. Must be cheap and synchronous. */
  isAvailable(context: LogActionContext): boolean;
  /** Loads the form that collects the action's input, lazily. */
  loadForm?(): Promise<Type<unknown>>;
  /** Performs the action. */
  run(context: LogActionContext, input: TInput): Promise<LogOutcome>;
}
