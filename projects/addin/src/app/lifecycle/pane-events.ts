import { createActionGroup, emptyProps, props } from '@ngrx/store';

/** A failure as the lifecycle events carry it: plain, serialisable words. */
export interface PaneEventError {
  /** The `AppError` kind. */
  readonly kind: string;
  /** What happened. */
  readonly message: string;
  /** What to do next. */
  readonly action: string;
}

/**
 * The pane's app-wide lifecycle events, on the `@ngrx/store` dispatcher. The app and plugins react
 * to them with effects (`ofType(PaneEvents.emailLogged)`); each is also written to the diagnostics
 * trail.
 *
 * @usageNotes
 * ```ts
 * inject(Store).dispatch(PaneEvents.emailLogged({ itemId, ticketId: 1042, actionId: 7, by: 'halo.append' }));
 * readonly marked = createEffect(() => inject(Actions).pipe(ofType(PaneEvents.emailLogged), …));
 * ```
 */
export const PaneEvents = createActionGroup({
  source: 'Pane',
  events: {
    /** Outlook selected another email (`itemId` null: none, or switching). */
    'Item Changed': props<{ readonly itemId: string | null }>(),
    /** The agent is signed in to Halo. */
    'Signed In': emptyProps(),
    /** The session ended: `reason` null when the agent chose it, else why Halo ended it. */
    'Signed Out': props<{ readonly reason: PaneEventError | null }>(),
    /** A log action recorded the email in Halo (`by`: the log action's id). */
    'Email Logged': props<{
      readonly itemId: string;
      readonly ticketId: number;
      readonly actionId: number | null;
      readonly by: string;
    }>(),
    /** A log action could not record the email. */
    'Log Failed': props<{
      readonly itemId: string;
      readonly by: string;
      readonly error: PaneEventError;
    }>(),
  },
});
