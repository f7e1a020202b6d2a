import { computed, inject } from '@angular/core';
import {
  HaloEvents,
  HaloLinks,
  type LoggedTicket,
  type LogRequest,
  LogRunner,
  newLogRequestId,
  OutboxReplayer,
  PluginRegistry,
  ResolutionStore,
} from '@halo-outlook/sdk';
import {
  patchState,
  signalStore,
  withComputed,
  withHooks,
  withMethods,
  withProps,
  withState,
} from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { Actions, ofType } from '@ngrx/effects';
import { EMPTY, Subject, catchError, exhaustMap, pipe, switchMap, takeUntil, tap } from 'rxjs';
import { fromAbortable } from '../pane/from-abortable';
import { AlreadyLoggedLookup } from './already-logged-lookup';
import { isRunning, type PanelRun } from './panel-run';
import { sameInput } from './same-input';

interface LogPanelState {
  /** The e-mail the panel shows (its item id). */
  readonly itemId: string | null;
  /** The log action whose form is open. */
  readonly selected: string | null;
  /** The last request run for this e-mail. */
  readonly run: PanelRun | null;
  /** The ticket the e-mail is on, as logged here or found in Halo. */
  readonly logged: LoggedTicket | null;
}

/**
 * The log actions panel's state: which action's form is open, the request it submitted (its parts,
 * outcome and journal), and the ticket the e-mail is already on. `submit` runs a request through
 * the sdk's `LogRunner` with `exhaustMap`: a second submit while one runs is ignored, so a double
 * click logs once. A retry reuses the request's id and journal, so it continues where the last
 * attempt stopped; a request that waits in the outbox is retried there.
 *
 * @usageNotes
 * ```ts
 * const panel = inject(LogPanelStore);
 * panel.open('halo.append-to-ticket');
 * panel.submit(input);   // from the form
 * panel.retry();         // after a failure or a partial log
 * ```
 * Provided by `provideEmailLogging()`: one panel state for the pane runtime, kept across views.
 */
export const LogPanelStore = signalStore(
  withState<LogPanelState>({ itemId: null, selected: null, run: null, logged: null }),
  withProps(() => ({
    _resolution: inject(ResolutionStore),
    _registry: inject(PluginRegistry),
    _runner: inject(LogRunner),
    _replayer: inject(OutboxReplayer),
    _links: inject(HaloLinks),
    _lookup: inject(AlreadyLoggedLookup),
    _actions: inject(Actions),
    _cancel: new Subject<void>(),
  })),
  withComputed(({ run }) => ({
    /** True while a request runs. */
    running: computed(() => isRunning(run())),
  })),
  withMethods((store) => ({
    /** The ticket as the panel links it. */
    _ticket(ticketId: number): LoggedTicket {
      return { ticketId, url: store._links.ticket(ticketId) };
    },
  })),
  withMethods((store) => {
    const start = rxMethod<LogRequest>(
      pipe(
        exhaustMap((request) => {
          patchState(store, {
            run: { request, parts: [], journal: request.journal, outcome: null, queued: false },
          });
          return store._runner.run(request).pipe(
            takeUntil(store._cancel),
            tap((update) => {
              if (store.run()?.request.id !== request.id) return;
              patchState(store, {
                run: {
                  request,
                  parts: update.parts,
                  journal: update.journal,
                  outcome: update.outcome,
                  queued: update.queued,
                },
              });
              const outcome = update.outcome;
              if (!outcome) return;
              if (outcome.status === 'done' || outcome.status === 'partial' || update.queued) {
                patchState(store, { selected: null });
              }
              const here = request.snapshot.itemId === store.itemId();
              if (
                here &&
                (outcome.status === 'done' || outcome.status === 'partial') &&
                outcome.ticketId
              ) {
                patchState(store, { logged: store._ticket(outcome.ticketId) });
              }
            }),
            catchError(() => EMPTY), // the runner reports failures as outcomes
          );
        }),
      ),
    );
    return {
      /** Opens an action's form (closing another). */
      open(actionId: string): void {
        if (store.running()) return;
        patchState(store, { selected: actionId });
      },
      /** Closes the open form. */
      close(): void {
        patchState(store, { selected: null });
      },
      /**
       * Runs the open action with the form's input. When the last attempt of that action for this
       * e-mail failed with the same input, it continues that request (its journal); otherwise a
       * new request starts. Ignored while a request runs.
       */
      submit(input: unknown): void {
        const snapshot = store._resolution.snapshot();
        const actionId = store.selected();
        const action = store._registry.logActions.find((a) => a.id === actionId);
        if (!snapshot || !action || store.running()) return;
        const last = store.run();
        const resumable =
          last !== null &&
          last.outcome?.status !== 'done' &&
          last.request.actionId === action.id &&
          last.request.snapshot.itemId === snapshot.itemId &&
          sameInput(last.request.input, input);
        start({
          id: resumable ? last.request.id : newLogRequestId(),
          actionId: action.id,
          label: action.label,
          snapshot,
          picture: store._resolution.picture(),
          input,
          journal: resumable ? last.journal : {},
          createdAt: resumable ? last.request.createdAt : Date.now(),
        });
      },
      /** Tries the last request again, from where it stopped. */
      retry(): void {
        const last = store.run();
        if (!last || store.running()) return;
        if (last.queued) {
          void store._replayer.retryNow(last.request.id);
          return;
        }
        start({ ...last.request, journal: last.journal });
      },
      /** Stops the running request (what Halo already has stays). */
      cancel(): void {
        store._cancel.next();
      },
      /** Forgets the last outcome shown. */
      dismiss(): void {
        if (!store.running()) patchState(store, { run: null });
      },
    };
  }),
  withHooks({
    onInit(store) {
      // A new e-mail: its own state, and whether Halo already has it.
      const follow = rxMethod<string | null>(
        pipe(
          tap((itemId) => {
            if (itemId === store.itemId()) return;
            // A log still running (of the email the agent just left) stays on show until it ends:
            // one log at a time per pane.
            const keepRun = store.running();
            patchState(store, {
              itemId,
              selected: null,
              logged: null,
              run: keepRun ? store.run() : null,
            });
          }),
        ),
      );
      follow(computed(() => store._resolution.snapshot()?.itemId ?? null));
      const lookup = rxMethod<boolean>(
        pipe(
          switchMap((ready) => {
            const snapshot = store._resolution.snapshot();
            // Once logged (here, from the outbox, or found before), there is nothing to look up.
            if (!ready || !snapshot || store.logged()) return EMPTY;
            const picture = store._resolution.picture();
            return fromAbortable((signal) => store._lookup.find(snapshot, picture, signal));
          }),
          tap((ticketId) => {
            if (ticketId !== null && !store.logged()) {
              patchState(store, { logged: store._ticket(ticketId) });
            }
          }),
        ),
      );
      lookup(computed(() => store._resolution.ready()));
      // A request of this e-mail sent later from the outbox.
      const outbox = rxMethod<ReturnType<typeof HaloEvents.emailLogged>>(
        tap((event) => {
          const run = store.run();
          if (event.itemId !== store.itemId() || event.ticketId === null) return;
          patchState(store, { logged: store._ticket(event.ticketId) });
          if (run?.request.id === event.requestId && run.queued) {
            patchState(store, {
              run: {
                ...run,
                queued: false,
                outcome: { status: 'done', ticketId: event.ticketId },
              },
            });
          }
        }),
      );
      outbox(store._actions.pipe(ofType(HaloEvents.emailLogged)));
    },
  }),
);

/** The instance type of {@link LogPanelStore}. */
export type LogPanelStore = InstanceType<typeof LogPanelStore>;
