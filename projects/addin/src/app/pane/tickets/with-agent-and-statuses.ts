import { computed, inject } from '@angular/core';
import { type HaloAgent, HaloPluginAccess, type HaloStatus } from '@halo-outlook/sdk';
import {
  patchState,
  signalStoreFeature,
  withComputed,
  withMethods,
  withProps,
  withState,
} from '@ngrx/signals';
import { NoticeStore } from '../../notices/notice-store';
import { paneError } from '../pane-error';

/**
 * The scope of the pane's session-wide requests (the agent, the statuses: asked once per session),
 * so the request ledger does not charge them to one email.
 */
export const PANE_SESSION_SCOPE = 'pane:session';

interface AgentAndStatusesState {
  readonly me: HaloAgent | null;
  readonly statuses: readonly HaloStatus[] | null;
  readonly statusesLoading: boolean;
}

/**
 * A store feature with what the ticket actions need of Halo once per session: the signed-in agent
 * (for "Mine" and "Assign to me") and the tenant's ticket statuses (for the status menu). The data
 * layer caches both for the session; this keeps them as signals.
 */
export function withAgentAndStatuses() {
  return signalStoreFeature(
    withState<AgentAndStatusesState>({ me: null, statuses: null, statusesLoading: false }),
    withProps(() => ({
      _session: inject(HaloPluginAccess).read(PANE_SESSION_SCOPE),
      _sessionNotices: inject(NoticeStore),
    })),
    withComputed(({ me }) => ({
      /** The signed-in agent's id, once known. */
      myId: computed(() => me()?.id ?? null),
    })),
    withMethods((store) => {
      const methods = {
        /** The signed-in agent (asked of Halo the first time); rejects with an `AppError`. */
        async ensureMe(signal?: AbortSignal): Promise<HaloAgent> {
          const known = store.me();
          if (known !== null) return known;
          const me = await store._session.me({ signal });
          patchState(store, { me });
          return me;
        },
        /** Loads Halo's ticket statuses, once; a failure goes to the banner with a Retry. */
        async loadStatuses(): Promise<void> {
          if (store.statuses() !== null || store.statusesLoading()) return;
          patchState(store, { statusesLoading: true });
          try {
            patchState(store, { statuses: await store._session.statuses() });
          } catch (error) {
            store._sessionNotices.show(
              paneError(
                $localize`:@@pane.tickets.statusesFailed:Halo's ticket statuses could not be loaded.`,
                error,
              ),
              { retry: () => methods.loadStatuses(), source: 'pane' },
            );
          } finally {
            patchState(store, { statusesLoading: false });
          }
        },
      };
      return methods;
    }),
  );
}
