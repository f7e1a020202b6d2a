import { inject } from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { HaloPluginAccess, type HaloSite, ResolutionStore } from '@halo-outlook/sdk';
import { patchState, signalStore, withMethods, withProps, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { EMPTY, catchError, pipe, switchMap, tap } from 'rxjs';
import { NoticeStore } from '../../notices/notice-store';
import { fromAbortable } from '../from-abortable';
import { paneError } from '../pane-error';

/** What the create-contact form collects. */
export interface NewContact {
  readonly name: string;
  readonly email: string;
  readonly clientId: number;
  readonly clientName: string;
  readonly siteId: number;
  readonly phone: string;
}

interface CreationState {
  /** The chosen client's sites, and the client they belong to. */
  readonly sites: readonly HaloSite[];
  readonly sitesFor: number | null;
  readonly sitesLoading: boolean;
  readonly saving: boolean;
}

/**
 * Adds the sender to Halo as a contact: the sites of the client the agent picks (Halo needs a
 * site), and the create itself. Once Halo has the contact the email is resolved again, so the
 * card shows them as Halo knows them. A failure goes to the banner and the form keeps what was
 * typed.
 *
 * Provided by the create-contact form (one per form).
 */
export const ContactCreationStore = signalStore(
  withState<CreationState>({ sites: [], sitesFor: null, sitesLoading: false, saving: false }),
  withProps(() => ({
    _resolution: inject(ResolutionStore),
    _access: inject(HaloPluginAccess),
    _notices: inject(NoticeStore),
    _announcer: inject(LiveAnnouncer),
  })),
  withMethods((store) => ({
    /** Loads the active sites of `clientId` (none for null), the newest choice winning. */
    loadSites: rxMethod<number | null>(
      pipe(
        switchMap((clientId) => {
          const scope = store._resolution.scope();
          if (clientId === null || scope === null) {
            patchState(store, { sites: [], sitesFor: null, sitesLoading: false });
            return EMPTY;
          }
          patchState(store, { sites: [], sitesFor: clientId, sitesLoading: true });
          const halo = store._access.read(scope);
          return fromAbortable((signal) => halo.sitesByClient(clientId, { signal })).pipe(
            tap((sites) =>
              patchState(store, { sites: sites.filter((s) => !s.inactive), sitesLoading: false }),
            ),
            catchError((error: unknown) => {
              patchState(store, { sitesLoading: false });
              store._notices.show(
                paneError(
                  $localize`:@@pane.create.sitesFailed:The client's sites could not be loaded.`,
                  error,
                ),
                { source: 'pane' },
              );
              return EMPTY;
            }),
          );
        }),
      ),
    ),

    /** Creates the contact; true when Halo has it (the email is then resolved again). */
    async create(contact: NewContact): Promise<boolean> {
      const scope = store._resolution.scope();
      if (scope === null || store.saving()) return false;
      patchState(store, { saving: true });
      try {
        const result = await store._access.write(scope).createUser({
          name: contact.name,
          email: contact.email,
          clientId: contact.clientId,
          siteId: contact.siteId,
          ...(contact.phone === '' ? {} : { phone: contact.phone }),
        });
        store._notices.dismiss('pane');
        if (result.status === 'partial') store._notices.show(result.error, { source: 'pane' });
        void store._announcer.announce(
          $localize`:@@pane.create.done:${contact.name}:name: is now a contact of ${contact.clientName}:client: in Halo.`,
        );
        store._resolution.refresh();
        return true;
      } catch (error) {
        store._notices.show(
          paneError(
            $localize`:@@pane.create.failed:${contact.name}:name: was not added to Halo.`,
            error,
          ),
          { source: 'pane' },
        );
        return false;
      } finally {
        patchState(store, { saving: false });
      }
    },
  })),
);

/** The instance type of {@link ContactCreationStore}. */
export type ContactCreationStore = InstanceType<typeof ContactCreationStore>;
