import { inject } from '@angular/core';
import {
  type HaloAgent,
  HaloPluginAccess,
  type HaloStatus,
  type HaloTicketChange,
  ResolutionStore,
} from '@halo-outlook/sdk';
import {
  patchState,
  signalStoreFeature,
  type,
  withMethods,
  withProps,
  withState,
} from '@ngrx/signals';
import { NoticeStore } from '../../notices/notice-store';
import { paneError } from '../pane-error';
import type { PaneTicket } from './pane-ticket';
import { type TicketEdit, type TicketEdits, undoTicketEdit, withTicketEdit } from './ticket-edits';

interface TicketChangesState {
  /** The agent's changes, shown before Halo confirms them; for the email of `editsScope`. */
  readonly edits: TicketEdits;
  readonly editsScope: string | null;
  /** Tickets with a write under way. */
  readonly writing: readonly number[];
}

/**
 * A store feature with the agent's changes to tickets — Assign to me, a new status — applied at
 * once and saved in Halo under the email's scope; undone, with the reason and a Retry in the
 * banner, if Halo refuses. One change at a time per ticket. Needs `ensureMe` (the signed-in agent).
 */
export function withTicketChanges() {
  return signalStoreFeature(
    { methods: type<{ ensureMe(signal?: AbortSignal): Promise<HaloAgent> }>() },
    withState<TicketChangesState>({ edits: {}, editsScope: null, writing: [] }),
    withProps(() => ({
      _changesResolution: inject(ResolutionStore),
      _changesAccess: inject(HaloPluginAccess),
      _changesNotices: inject(NoticeStore),
    })),
    withMethods((store) => {
      /** Applies `edit` at once, asks Halo for `change`, and undoes `edit` if Halo refuses. */
      const write = async (
        ticket: PaneTicket,
        edit: TicketEdit,
        change: HaloTicketChange,
        failure: string,
        again: () => Promise<void>,
      ): Promise<void> => {
        const scope = store._changesResolution.scope();
        if (scope === null || store.writing().includes(ticket.id)) return;
        const sameEmail = store.editsScope() === scope;
        const before = sameEmail ? store.edits()[ticket.id] : undefined;
        patchState(store, (s) => ({
          editsScope: scope,
          edits: withTicketEdit(sameEmail ? s.edits : {}, ticket.id, edit),
          writing: [...s.writing, ticket.id],
        }));
        const notices = store._changesNotices;
        try {
          const result = await store._changesAccess.write(scope).updateTicket(ticket.id, change);
          if (result.status === 'partial') notices.show(result.error, { source: 'pane' });
        } catch (error) {
          if (store.editsScope() === scope) {
            patchState(store, (s) => ({ edits: undoTicketEdit(s.edits, ticket.id, before) }));
          }
          notices.show(paneError(failure, error), { retry: again, source: 'pane' });
        } finally {
          patchState(store, (s) => ({ writing: s.writing.filter((id) => id !== ticket.id) }));
        }
      };

      const methods = {
        /** Assigns `ticket` to the signed-in agent. */
        async assignToMe(ticket: PaneTicket): Promise<void> {
          const failure = $localize`:@@pane.tickets.assignFailed:#${ticket.id}:id: was not assigned to you.`;
          let me: HaloAgent;
          try {
            me = await store.ensureMe();
          } catch (error) {
            store._changesNotices.show(paneError(failure, error), {
              retry: () => methods.assignToMe(ticket),
              source: 'pane',
            });
            return;
          }
          await write(
            ticket,
            { agentId: me.id, agentName: me.name },
            { agentId: me.id },
            failure,
            () => methods.assignToMe(ticket),
          );
        },
        /** Moves `ticket` to `status`. */
        async changeStatus(ticket: PaneTicket, status: HaloStatus): Promise<void> {
          if (ticket.statusId === status.id) return;
          await write(
            ticket,
            { statusId: status.id, statusName: status.name },
            { statusId: status.id },
            $localize`:@@pane.tickets.statusFailed:#${ticket.id}:id: was not moved to ${status.name}:status:.`,
            () => methods.changeStatus(ticket, status),
          );
        },
      };
      return methods;
    }),
  );
}
