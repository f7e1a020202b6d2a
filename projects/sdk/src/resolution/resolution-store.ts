import { computed, inject } from '@angular/core';
import { AppError, type MailSnapshot, toAppError } from '@halo-outlook/core';
import {
  patchState,
  signalStore,
  withComputed,
  withMethods,
  withProps,
  withState,
} from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { BehaviorSubject, EMPTY, pipe, switchMap, tap } from 'rxjs';
import type { Candidate, CandidateKind } from '../contracts/candidate';
import { RememberedChoices } from '../memory/remembered-choices';
import { SeenSenders } from '../memory/seen-senders';
import { senderKey } from '../memory/sender-key';
import { derivePicture } from './derive-picture';
import { MatcherRunner } from './matcher-runner';
import { mergeCandidates } from './merge-candidates';
import type { OverrideOptions } from './override-options';
import type { ResolutionProgress } from './resolution-progress';
import type { ResolutionStatus, ResolutionTiming } from './resolution-status';
import { senderPart } from './sender-part';

interface ResolutionState {
  snapshot: MailSnapshot | null;
  scope: string | null;
  progress: ResolutionProgress;
  timing: ResolutionTiming;
}

const NO_PROGRESS: ResolutionProgress = { sources: [], problems: [], pending: [] };
const NO_TIMING: ResolutionTiming = { startedAt: null, firstResultAt: null, settledAt: null };

/**
 * What the pane knows about the current e-mail, resolved by the registered matchers.
 *
 * - `resolve(snapshot)` (a value, a signal or an Observable of snapshots) starts resolving; a new
 *   e-mail cancels the previous one (switchMap): nothing of it lands afterwards.
 * - A sender seen before is shown at once from the cached picture, then refreshed.
 * - Results are published as they arrive: `picture` fills in, `status` is `resolving` until every
 *   matcher has finished, then `ready` (or `partial` when some failed: see `problems`).
 * - `override(candidate, { remember })` applies the agent's choice with full confidence (and
 *   remembers it for the sender on request); matchers that depend on it run again.
 *
 * @usageNotes
 * ```ts
 * const store = inject(ResolutionStore);
 * store.resolve(mailbox.snapshot);           // follows the current e-mail
 * const client = computed(() => store.picture().client?.label);
 * await store.override(store.picture().clientChoice[0], { remember: true });
 * ```
 * Provided by `provideHaloPlugins(...)`: one store, in the injector the plugins are registered in.
 */
export const ResolutionStore = signalStore(
  withState<ResolutionState>({
    snapshot: null,
    scope: null,
    progress: NO_PROGRESS,
    timing: NO_TIMING,
  }),
  withProps(() => ({
    _runner: inject(MatcherRunner),
    _seen: inject(SeenSenders),
    _choices: inject(RememberedChoices),
    _overrides: new BehaviorSubject<readonly Candidate[]>([]),
  })),
  withComputed(({ progress, snapshot }) => {
    const candidates = computed(() => mergeCandidates(progress().sources));
    const status = computed((): ResolutionStatus => {
      if (snapshot() === null) return 'idle';
      if (progress().pending.length > 0) return 'resolving';
      return progress().problems.length > 0 ? 'partial' : 'ready';
    });
    return {
      /** Every candidate, merged by record, most confident first. */
      candidates,
      /** What the pane shows. */
      picture: computed(() => derivePicture(candidates())),
      /** Where the resolution stands. */
      status,
      /** True once every matcher has finished for the current e-mail. */
      ready: computed(() => status() === 'ready' || status() === 'partial'),
      /** The plugins that failed, timed out or were skipped for the current e-mail. */
      problems: computed(() => progress().problems),
      /** The ids of the matchers still running or waiting. */
      pending: computed(() => progress().pending),
    };
  }),
  withMethods((store) => {
    const resolve = rxMethod<MailSnapshot | null>(
      pipe(
        switchMap((snapshot) => {
          if (snapshot === null) {
            store._overrides.next([]);
            patchState(store, {
              snapshot: null,
              scope: null,
              progress: NO_PROGRESS,
              timing: NO_TIMING,
            });
            return EMPTY;
          }
          if (store.snapshot()?.itemId !== snapshot.itemId) store._overrides.next([]);
          const scope = `email:${snapshot.itemId}`;
          const sender = senderKey(snapshot);
          patchState(store, {
            snapshot,
            scope,
            progress: NO_PROGRESS,
            timing: { ...NO_TIMING, startedAt: performance.now() },
          });
          return store._runner
            .run({
              snapshot,
              scope,
              overrides: store._overrides,
              cached: store._seen.recall(sender),
            })
            .pipe(
              tap((progress) => {
                const timing = store.timing();
                const shown = progress.sources.some((s) => s.candidates.length > 0);
                const settled = progress.pending.length === 0;
                patchState(store, {
                  progress,
                  timing: {
                    ...timing,
                    firstResultAt: timing.firstResultAt ?? (shown ? performance.now() : null),
                    settledAt: settled ? (timing.settledAt ?? performance.now()) : null,
                  },
                });
                if (settled)
                  void store._seen
                    .store(sender, senderPart(progress.sources))
                    .catch(() => undefined);
              }),
            );
        }),
      ),
    );
    return {
      /** Resolves an e-mail, or follows a signal or Observable of them (`null` clears the pane). */
      resolve,
      /** Resolves the current e-mail again, keeping the agent's choices. */
      refresh(): void {
        const snapshot = store.snapshot();
        if (snapshot !== null) resolve(snapshot);
      },
      /**
       * Applies the agent's choice for this e-mail with full confidence, replacing an earlier
       * choice of the same kind. With `remember`, also remembers it for the sender; rejects with
       * an `AppError` when that fails (the choice still applies to this e-mail).
       */
      async override(candidate: Candidate, options: OverrideOptions = {}): Promise<void> {
        const snapshot = store.snapshot();
        if (snapshot === null) return;
        const chosen: Candidate = {
          ...candidate,
          confidence: 1,
          reason: options.remember
            ? 'You chose it for this sender.'
            : 'You chose it for this e-mail.',
        };
        store._overrides.next([
          ...store._overrides.value.filter((c) => c.kind !== candidate.kind),
          chosen,
        ]);
        if (!options.remember) return;
        try {
          await store._choices.remember(senderKey(snapshot), chosen);
        } catch (error) {
          const cause = toAppError(error);
          throw new AppError({
            kind: cause.kind,
            message: `${candidate.label} is used for this e-mail, but could not be remembered for ${snapshot.from.address}.`,
            action: cause.action,
            detail: cause.detail,
            cause: error,
          });
        }
      },
      /** Removes the agent's choice of `kind` for this e-mail. */
      clearOverride(kind: CandidateKind): void {
        store._overrides.next(store._overrides.value.filter((c) => c.kind !== kind));
      },
    };
  }),
);
