import { computed, inject } from '@angular/core';
import { HaloPluginAccess, type MergedCandidate, ResolutionStore } from '@halo-outlook/sdk';
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
import { fromAbortable } from '../from-abortable';

/**
 * What the pane can say about the sender:
 * - `looking`: the matchers are still looking;
 * - `known`: a Halo contact;
 * - `choose-contact`: several contacts share the address, the agent chooses;
 * - `internal`: an internal sender, never logged;
 * - `unknown`: not in Halo.
 */
export type SenderStatus = 'looking' | 'known' | 'choose-contact' | 'internal' | 'unknown';

/** The contact whose phone number is looked up. */
interface PhoneLookup {
  readonly key: string;
  readonly scope: string;
  readonly contactId: number;
  readonly email: string;
}

interface SenderState {
  /** The contact's phone number, and the lookup it answers. */
  readonly foundPhone: string | null;
  readonly phoneKey: string | null;
}

/**
 * The sender of the current email as the sender card shows it: who they are in Halo (contact,
 * client, site, phone), or that they are not in Halo, and why the pane believes it.
 *
 * The phone number comes from the contact's record, asked by address: the contact matcher's own
 * lookup, which the data layer has cached (no second request for the sender of the email).
 *
 * @usageNotes
 * `inject(SenderStore).status()` → `'known'`; `inject(SenderStore).contact()?.label`. Provided by
 * `providePaneStores()`.
 */
export const SenderStore = signalStore(
  withState<SenderState>({ foundPhone: null, phoneKey: null }),
  withProps(() => ({ _resolution: inject(ResolutionStore), _access: inject(HaloPluginAccess) })),
  withComputed(({ _resolution, foundPhone, phoneKey }) => {
    const picture = _resolution.picture;
    const contact = computed(() => picture().contact);
    const address = computed(() => _resolution.snapshot()?.from.address.trim() ?? '');
    const phoneLookup = computed<PhoneLookup | null>(
      () => {
        const scope = _resolution.scope();
        const found = contact();
        if (scope === null || found === null || typeof found.id !== 'number') return null;
        const email = typeof found.data?.['email'] === 'string' ? found.data['email'] : address();
        return { key: `${scope}|${found.id}|${email}`, scope, contactId: found.id, email };
      },
      { equal: (a, b) => a?.key === b?.key },
    );
    return {
      /** Where the pane stands on the sender. */
      status: computed<SenderStatus>(() => {
        const p = picture();
        if (p.contact !== null) return 'known';
        if (p.contactChoice.length > 0) return 'choose-contact';
        if (!_resolution.ready()) return 'looking';
        return p.neverLog ? 'internal' : 'unknown';
      }),
      /** The sender's address, as the email gives it. */
      address,
      /** The name the email gives the sender (their address when it gives none). */
      displayName: computed(() => {
        const from = _resolution.snapshot()?.from;
        return from?.name.trim() || from?.address.trim() || '';
      }),
      /** The decided contact. */
      contact,
      /** The contacts to choose from. */
      contactChoice: computed(() => picture().contactChoice),
      /** The decided client. */
      client: computed(() => picture().client),
      /** The clients to choose from. */
      clientChoice: computed(() => picture().clientChoice),
      /** The decided site. */
      site: computed(() => picture().site),
      /** The contact's phone number, once known. */
      phone: computed(() => (phoneKey() === phoneLookup()?.key ? foundPhone() : null)),
      /** Why the pane believes what it shows, record by record (empty records left out). */
      reasons: computed(() =>
        [picture().contact, picture().client, picture().site].filter(
          (c): c is MergedCandidate => c !== null,
        ),
      ),
      _phoneLookup: phoneLookup,
    };
  }),
  withMethods((store) => ({
    _lookUpPhone: rxMethod<PhoneLookup | null>(
      pipe(
        switchMap((lookup) => {
          if (lookup === null) return EMPTY;
          const halo = store._access.read(lookup.scope);
          return fromAbortable((signal) => halo.usersByEmail(lookup.email, { signal })).pipe(
            tap((users) => {
              const user = users.find((u) => u.id === lookup.contactId);
              patchState(store, { foundPhone: user?.phone ?? null, phoneKey: lookup.key });
            }),
            // A phone number is a nicety: without it the card shows the rest.
            catchError(() => EMPTY),
          );
        }),
      ),
    ),
  })),
  withHooks({
    onInit(store) {
      store._lookUpPhone(store._phoneLookup);
    },
  }),
);

/** The instance type of {@link SenderStore}. */
export type SenderStore = InstanceType<typeof SenderStore>;
