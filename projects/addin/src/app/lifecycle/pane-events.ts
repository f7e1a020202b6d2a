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
 * to them with effects (`ofType(PaneEvents.signedIn)`); each is also written to the diagnostics
 * trail. Logging's events (an email logged, a log failed) are the sdk's `HaloEvents`, so
 * third-party plugins can react to them too.
 *
 * @usageNotes
 * ```ts
 * readonly greet = createEffect(() => inject(Actions).pipe(ofType(PaneEvents.signedIn), …));
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
  },
});
