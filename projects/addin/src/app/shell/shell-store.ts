import { computed, effect, inject } from '@angular/core';
import { AuthState, TenantConfigStore, TokenService } from '@halo-outlook/core';
import {
  patchState,
  signalStore,
  withComputed,
  withHooks,
  withMethods,
  withProps,
  withState,
} from '@ngrx/signals';
import { OverlayViewName, PaneViewName } from './pane-view-name';

interface ShellState {
  /** The organisation's settings and the stored session have been read. */
  readonly started: boolean;
  /** The view the agent opened over the flow, if any. */
  readonly overlay: OverlayViewName | null;
  /** The agent was signed in during this session (an expired session keeps the pane on show). */
  readonly wasSignedIn: boolean;
  /** The view changed since start-up: the next view's heading takes the focus. */
  readonly focusOnArrival: boolean;
}

/**
 * The pane's view state machine. The flow view follows from the tenant config and the sign-in
 * state — `starting` → `setup` (no tenant) → `signing-in` (no session) → `pane` — and the agent
 * may open `settings` or `diagnostics` over it. When Halo ends a session the agent was using,
 * the pane stays on show (with a Sign in banner) instead of being replaced by the sign-in view.
 *
 * @usageNotes
 * ```ts
 * const shell = inject(ShellStore);
 * shell.view();              // 'pane'
 * shell.open('settings');    // show Settings over the pane
 * shell.back();              // and back
 * ```
 */
export const ShellStore = signalStore(
  { providedIn: 'root' },
  withState<ShellState>({
    started: false,
    overlay: null,
    wasSignedIn: false,
    focusOnArrival: false,
  }),
  withProps(() => ({ _auth: inject(TokenService), _tenant: inject(TenantConfigStore) })),
  withComputed(({ _tenant }) => ({
    /** The Halo the pane talks to, as its host name (`acme.halopsa.com`); empty before set-up. */
    haloHost: computed(() => {
      const config = _tenant.config();
      return config ? new URL(config.baseUrl).host : '';
    }),
    /** True when the agent may use another Halo: the organisation did not set the address. */
    canSwitchTenant: computed(() => !_tenant.locked().has('haloUrl')),
  })),
  withComputed(({ started, overlay, wasSignedIn, _auth }) => {
    const flow = computed(() => flowView(started(), _auth.state(), wasSignedIn()));
    // Settings and Diagnostics open over any view but the start (language and help before set-up).
    const canOpenOverlay = computed(() => flow() !== 'starting');
    return {
      /** The view under any overlay: where the flow stands. */
      flow,
      /** True when Settings or Diagnostics can be opened now (not while starting). */
      canOpenOverlay,
      /** The view on show. */
      view: computed<PaneViewName>(() => {
        const open = overlay();
        return open && canOpenOverlay() ? open : flow();
      }),
    };
  }),
  withMethods((store) => ({
    /** Reads the organisation's settings and the stored session; the flow starts when both are. */
    async start(): Promise<void> {
      try {
        await Promise.all([store._tenant.load(), store._auth.ready()]);
      } finally {
        patchState(store, { started: true });
      }
    },
    /** Opens Settings or Diagnostics over the flow (ignored while starting). */
    open(view: OverlayViewName): void {
      if (store.canOpenOverlay()) patchState(store, { overlay: view });
    },
    /** Closes Settings or Diagnostics: back to the flow. */
    back(): void {
      patchState(store, { overlay: null });
    },
    /** True once per view change: whether the arriving view should focus its heading. */
    takeFocus(): boolean {
      const take = store.focusOnArrival();
      if (take) patchState(store, { focusOnArrival: false });
      return take;
    },
    /** Signs out at the agent's request and shows the sign-in view. */
    async signOut(): Promise<void> {
      patchState(store, { overlay: null, wasSignedIn: false });
      await store._auth.signOut();
    },
    /** Signs out and forgets the tenant: back to set-up. */
    async switchTenant(): Promise<void> {
      patchState(store, { overlay: null, wasSignedIn: false });
      await store._auth.signOut();
      await store._tenant.clear();
    },
  })),
  withHooks({
    onInit(store) {
      effect(() => {
        const status = store._auth.state().status;
        if (status === 'signed-in' && !store.wasSignedIn()) {
          patchState(store, { wasSignedIn: true });
        } else if (status === 'setup' && store.wasSignedIn()) {
          patchState(store, { wasSignedIn: false });
        }
      });
      let previous: PaneViewName | null = null;
      effect(() => {
        const view = store.view();
        if (previous !== null && previous !== 'starting' && previous !== view) {
          patchState(store, { focusOnArrival: true });
        }
        previous = view;
      });
      void store.start();
    },
  }),
);

/** The instance type of {@link ShellStore}. */
export type ShellStore = InstanceType<typeof ShellStore>;

function flowView(started: boolean, auth: AuthState, wasSignedIn: boolean): PaneViewName {
  if (!started) return 'starting';
  switch (auth.status) {
    case 'setup':
      return 'setup';
    case 'restoring':
      return 'starting';
    case 'signed-out':
      // Halo ended the session the agent was using: keep the pane, the banner offers Sign in.
      return wasSignedIn && auth.reason ? 'pane' : 'signing-in';
    case 'signed-in':
      return 'pane';
  }
}
