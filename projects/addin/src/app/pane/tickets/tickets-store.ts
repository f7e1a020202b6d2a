import { computed, effect, inject, untracked } from '@angular/core';
import { HaloPluginAccess, type HaloTicket, ResolutionStore } from '@halo-outlook/sdk';
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
import { EMPTY, catchError, pipe, switchMap, tap } from 'rxjs';
import { NoticeStore } from '../../notices/notice-store';
import { fromAbortable } from '../from-abortable';
import { paneError } from '../pane-error';
import {
  type OpenTicketsQuery,
  type TicketFilter,
  openTicketsPage,
  openTicketsQuery,
} from './open-tickets-query';
import { editsAfterRows } from './ticket-edits';
import { openTicketsOf, threadTicketsOf } from './ticket-lists';
import { withAgentAndStatuses } from './with-agent-and-statuses';
import { withTicketChanges } from './with-ticket-changes';

interface TicketsState {
  readonly filter: TicketFilter;
  /** Halo's rows, and the list they fill. */
  readonly rows: readonly HaloTicket[];
  readonly rowsList: string | null;
  /** The query under way, and the last one that failed. */
  readonly loadingKey: string | null;
  readonly failedKey: string | null;
  /** Bumped by a Retry, so the same query runs again. */
  readonly reloads: number;
}

/**
 * The tickets the pane shows for the current email: the thread's tickets (proposed by the
 * matchers), and the client's open tickets, all or the agent's own, newest activity first, each
 * of which the agent can assign to themselves or move to another of Halo's statuses.
 *
 * - The open tickets come from Halo as soon as the client is decided (from the sender's cached
 *   picture, the matchers, or the agent's choice); until Halo answers, the matchers' proposals
 *   are shown, so a sender seen before has tickets on the first render.
 * - Changes are optimistic: the row changes at once and goes back if Halo refuses, with the
 *   reason and a Retry in the banner. The list stays as it was on any failure.
 * - Requests for the email are counted under its scope; the agent and the statuses, asked once
 *   per session, under `pane:session` ({@link withAgentAndStatuses}).
 *
 * @usageNotes
 * ```ts
 * const tickets = inject(PaneTicketsStore);
 * tickets.openTickets();                 // PaneTicket[]
 * tickets.setFilter('mine');
 * await tickets.assignToMe(ticket);
 * ```
 * Provided by `providePaneStores()`.
 */
export const PaneTicketsStore = signalStore(
  withState<TicketsState>({
    filter: 'all',
    rows: [],
    rowsList: null,
    loadingKey: null,
    failedKey: null,
    reloads: 0,
  }),
  withAgentAndStatuses(),
  withTicketChanges(),
  withProps(() => ({
    _resolution: inject(ResolutionStore),
    _access: inject(HaloPluginAccess),
    _notices: inject(NoticeStore),
  })),
  withComputed(
    ({
      _resolution,
      filter,
      reloads,
      rows,
      rowsList,
      loadingKey,
      failedKey,
      edits,
      editsScope,
    }) => {
      const query = computed<OpenTicketsQuery | null>(
        () => {
          const scope = _resolution.scope();
          const clientId = _resolution.picture().client?.id;
          if (scope === null || typeof clientId !== 'number') return null;
          // Each run of the resolution (a Refresh, or a log action's) asks again, with the
          // matchers: the open-tickets matcher's identical request is then shared.
          const run = _resolution.timing().startedAt;
          return openTicketsQuery(scope, clientId, filter(), run, reloads());
        },
        { equal: (a, b) => a?.key === b?.key },
      );
      const answered = computed(() => query() !== null && rowsList() === query()?.list);
      const currentRows = computed(() => (answered() ? rows() : null));
      const currentEdits = computed(() => (editsScope() === _resolution.scope() ? edits() : {}));
      const threadTickets = computed(() =>
        threadTicketsOf(_resolution.picture(), currentRows(), currentEdits()),
      );
      return {
        /** The client whose open tickets are listed, when one is decided. */
        client: computed(() => _resolution.picture().client),
        /** True while the open tickets are being asked of Halo. */
        loading: computed(() => query() !== null && loadingKey() === query()?.key),
        /** True when asking Halo for the open tickets failed (the banner says why). */
        failed: computed(() => query() !== null && failedKey() === query()?.key),
        /** True once Halo answered for the current client and filter. */
        answered,
        /** The tickets of this email's thread, as the matchers found them. */
        threadTickets,
        /** The client's open tickets that are not in the thread, newest activity first. */
        openTickets: computed(() =>
          openTicketsOf(
            _resolution.picture(),
            currentRows(),
            filter() === 'all',
            threadTickets(),
            currentEdits(),
          ),
        ),
        _query: query,
      };
    },
  ),
  withMethods((store) => {
    const halo = (scope: string) => store._access.write(scope);
    /** Asks Halo for the open tickets again (they are also asked again when the email is). */
    const reload = () => patchState(store, (s) => ({ reloads: s.reloads + 1 }));

    const fetchRows = async (query: OpenTicketsQuery, signal: AbortSignal) => {
      const agentId = query.filter === 'mine' ? (await store.ensureMe(signal)).id : undefined;
      const page = await halo(query.scope).listTickets(openTicketsPage(query.clientId, agentId), {
        signal,
      });
      // Halo ignores filters it does not know: keep only what was asked for.
      return agentId === undefined ? page.items : page.items.filter((t) => t.agentId === agentId);
    };

    const load = rxMethod<OpenTicketsQuery | null>(
      pipe(
        switchMap((query) => {
          if (query === null) {
            patchState(store, { rows: [], rowsList: null, loadingKey: null });
            return EMPTY;
          }
          patchState(store, { loadingKey: query.key, failedKey: null });
          return fromAbortable((signal) => fetchRows(query, signal)).pipe(
            tap((rows) => {
              const edits = editsAfterRows(store.edits(), rows, store.writing());
              patchState(store, { rows, rowsList: query.list, loadingKey: null, edits });
            }),
            catchError((error: unknown) => {
              patchState(store, { loadingKey: null, failedKey: query.key });
              const client = store.client()?.label ?? '';
              store._notices.show(
                paneError(
                  $localize`:@@pane.tickets.loadFailed:The open tickets of ${client}:client: could not be loaded.`,
                  error,
                ),
                {
                  retry: reload,
                  source: 'pane',
                },
              );
              return EMPTY;
            }),
          );
        }),
      ),
    );

    return {
      /** Lists all of the client's open tickets, or only those assigned to the agent. */
      setFilter(filter: TicketFilter): void {
        patchState(store, { filter });
      },
      /** Asks Halo for the open tickets again (they are also asked again when the email is). */
      reload: (): void => reload(),
      /** Reads the signed-in agent in the background (for "Mine" and "Assign to me"). */
      _learnWhoIAm(): void {
        if (store.me() !== null) return;
        store.ensureMe().catch(() => undefined); // Asked again, with a banner, when needed.
      },
      _load: load,
    };
  }),
  withHooks({
    onInit(store) {
      store._load(store._query);
      // Who the agent is matters only for their own tickets: asked once the picture is ready, off
      // the email's critical path.
      effect(() => {
        if (store._resolution.ready()) untracked(() => store._learnWhoIAm());
      });
    },
  }),
);

/** The instance type of {@link PaneTicketsStore}. */
export type PaneTicketsStore = InstanceType<typeof PaneTicketsStore>;
