import { createActionGroup, props } from '@ngrx/store';

/** What `HaloEvents.emailLogged` carries. Plain data. */
export interface EmailLoggedEvent {
  /** The log request (the same across its retries and outbox replays). */
  readonly requestId: string;
  /** The e-mail's item id in Outlook (compare it with the open item before touching Outlook). */
  readonly itemId: string;
  /** The e-mail's Message-ID, when it has one. */
  readonly internetMessageId: string | null;
  /** The log action's id. */
  readonly by: string;
  /** The ticket it went to; null for an action that records no ticket. */
  readonly ticketId: number | null;
  /** The Halo action holding the e-mail, when the log action says. */
  readonly actionId: number | null;
  /** True when the log action created the ticket. */
  readonly created: boolean;
  /** True when the e-mail was found already logged (nothing new was written). */
  readonly alreadyLogged: boolean;
  /** True when some parts (files) failed: see the pane for which. */
  readonly partial: boolean;
  /** True when it was sent from the outbox (after Halo could not be reached). */
  readonly fromOutbox: boolean;
}

/** What `HaloEvents.logFailed` carries. Plain data. */
export interface LogFailedEvent {
  /** The log request (the same across its retries and outbox replays). */
  readonly requestId: string;
  /** The e-mail's item id in Outlook. */
  readonly itemId: string;
  /** The log action's id. */
  readonly by: string;
  /** What happened and what to do, as the log action said it. */
  readonly message: string;
  /** The failure kind, when known (`offline`, `invalid-input`…). */
  readonly kind: string | null;
  /** True when the request waits in the outbox and will be sent again. */
  readonly queued: boolean;
}

/**
 * The app-wide events of logging e-mail, on the `@ngrx/store` dispatcher. The pane reacts to them
 * (it marks the e-mail in Outlook and refreshes the tickets), and so may plugins, with their own
 * effects; each is written to the diagnostics trail.
 *
 * @usageNotes
 * ```ts
 * export const rememberLogged = createEffect(
 *   (actions$ = inject(Actions)) =>
 *     actions$.pipe(ofType(HaloEvents.emailLogged), tap(({ ticketId }) => console.log(ticketId))),
 *   { functional: true, dispatch: false },
 * );
 * ```
 */
export const HaloEvents = createActionGroup({
  source: 'Halo Outlook',
  events: {
    /** A log action recorded the e-mail in Halo (or found it already there). */
    'Email Logged': props<EmailLoggedEvent>(),
    /** A log action could not record the e-mail (`queued`: it waits in the outbox). */
    'Log Failed': props<LogFailedEvent>(),
  },
});
