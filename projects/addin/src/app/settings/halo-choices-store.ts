import { inject } from '@angular/core';
import { AppError, toAppError } from '@halo-outlook/core';
import { HaloFacades } from '@halo-outlook/halo';
import { patchState, signalStore, withMethods, withProps, withState } from '@ngrx/signals';

/** A choice read from Halo: its id and name. */
export interface HaloChoice {
  /** Halo's id. */
  readonly id: number;
  /** What Halo calls it. */
  readonly name: string;
}

interface HaloChoicesState {
  readonly status: 'idle' | 'loading' | 'loaded' | 'failed';
  readonly ticketTypes: readonly HaloChoice[];
  readonly outcomes: readonly HaloChoice[];
  readonly error: AppError | null;
}

/**
 * The ticket types and outcomes the Settings defaults are chosen from: Halo's reference data
 * (asked once per session by the data layer), limited to what agents may pick, by name.
 * Provided by the Settings view, which loads them while the agent is signed in.
 */
export const HaloChoicesStore = signalStore(
  withState<HaloChoicesState>({ status: 'idle', ticketTypes: [], outcomes: [], error: null }),
  withProps(() => ({ _halo: inject(HaloFacades).read('settings') })),
  withMethods((store) => ({
    /** Loads both lists; a failure is kept in `error` (with what to do) and can be retried. */
    async load(): Promise<void> {
      patchState(store, { status: 'loading', error: null });
      try {
        const [types, outcomes] = await Promise.all([
          store._halo.ticketTypes(),
          store._halo.outcomes(),
        ]);
        patchState(store, {
          status: 'loaded',
          ticketTypes: byName(types.filter((t) => !t.inactive && t.agentsCanSelect)),
          outcomes: byName(outcomes.filter((o) => !o.hidden)),
        });
      } catch (error) {
        patchState(store, { status: 'failed', error: toAppError(error) });
      }
    },
  })),
);

/** The instance type of {@link HaloChoicesStore}. */
export type HaloChoicesStore = InstanceType<typeof HaloChoicesStore>;

function byName(items: readonly HaloChoice[]): readonly HaloChoice[] {
  return items.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
