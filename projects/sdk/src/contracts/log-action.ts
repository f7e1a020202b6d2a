import type { AppErrorKind, MailSnapshot } from '@halo-outlook/core';
import type { Type } from '@angular/core';
import type { PluginLogger } from '../context/plugin-logger';
import type { HaloWriteFacade } from '@halo-outlook/halo';
import type { LogJournal } from '../log/log-journal';
import type { MailContent } from '../mail/mail-content';
import type { ResolutionPicture } from '../resolution/resolution-picture';
import type { LogPart } from './log-part';

/** What a log action is given when it is offered and when it runs. */
export interface LogActionContext {
  /** The e-mail being logged. */
  readonly snapshot: MailSnapshot;
  /** What the pane resolved about the e-mail (contact, client, tickets…). */
  readonly picture: ResolutionPicture;
  /** Aborted when the agent cancels. Pass it to every facade call. */
  readonly signal: AbortSignal;
  /** Halo, read and write, counted against this e-mail. */
  readonly halo: HaloWriteFacade;
  /** A logger whose entries carry the action's id. */
  readonly log: PluginLogger;
  /**
   * The e-mail's body, headers, attachment content and the original message, read on demand. What
   * the action reads is kept with the request if it has to wait in the outbox, so a replay reads
   * the same content even when the e-mail is no longer open.
   */
  readonly mail: MailContent;
  /**
   * What this request has already done (the ticket created, the files stored), kept across
   * retries, outbox replays and reloads: write a step as soon as Halo confirms it, read it before
   * doing the step, and a retry continues where the last attempt stopped instead of starting over.
   */
  readonly journal: LogJournal;
  /** Tells the pane how each part stands while the action runs (each call replaces the list). */
  progress(parts: readonly LogPart[]): void;
}

/**
 * How a log action ended.
 *
 * - `done`: everything was recorded. `ticketId` names the ticket it went to (absent for an
 *   action that records no ticket, such as starting a runbook); `alreadyLogged` says the e-mail
 *   was found already recorded and nothing new was written.
 * - `partial`: the main record exists but some parts failed (a file Halo refused): `parts` says
 *   which, and running the action again with the same journal retries only those.
 * - `cancelled`: the agent cancelled, or the e-mail changed.
 * - `failed`: nothing (more) could be done now; `message` says what happened and what to do.
 *   `kind` is the `AppError` kind that stopped it: when Halo could not be reached, was busy or
 *   rate-limited, or the session ended (`offline`, `cors`, `timeout`, `server`, `rate-limited`,
 *   `unauthorized`), the request waits in the outbox and is sent again.
 */
export type LogOutcome =
  | {
      readonly status: 'done';
      readonly ticketId?: number;
      readonly actionId?: number;
      readonly created?: boolean;
      readonly alreadyLogged?: boolean;
      readonly message?: string;
      readonly parts?: readonly LogPart[];
    }
  | {
      readonly status: 'partial';
      readonly ticketId?: number;
      readonly actionId?: number;
      readonly created?: boolean;
      readonly message: string;
      readonly parts: readonly LogPart[];
    }
  | { readonly status: 'cancelled' }
  | {
      readonly status: 'failed';
      readonly message: string;
      readonly retryable: boolean;
      readonly kind?: AppErrorKind;
      /** For `rate-limited`: how long Halo asked to wait, in milliseconds. */
      readonly retryAfterMs?: number;
      readonly parts?: readonly LogPart[];
    };

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
 *   run: async ({ halo, signal, journal }, { ticketId }) => {
 *     if (journal.get('actionId') === undefined) {
 *       const result = await halo.createAction({ ticketId, noteHtml: '<p>…</p>' }, { signal });
 *       journal.set('actionId', result.value.id);
 *     }
 *     return { status: 'done', ticketId };
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
  /**
   * Loads the form that collects the action's input, lazily. The form injects `LogFormHost` to
   * read the e-mail and the defaults and to submit. Without a form, the pane runs the action at
   * once with `undefined` input.
   */
  loadForm?(): Promise<Type<unknown>>;
  /**
   * Performs the action; resolves to a {@link LogOutcome}, never rejects. The input must be plain
   * data (it is stored in the outbox when Halo cannot be reached).
   */
  run(context: LogActionContext, input: TInput): Promise<LogOutcome>;
}
