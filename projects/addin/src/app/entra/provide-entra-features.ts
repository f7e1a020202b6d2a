import {
  EnvironmentInjector,
  EnvironmentProviders,
  effect,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
  untracked,
} from '@angular/core';
import { TenantConfigStore } from '@halo-outlook/core';

/**
 * The optional Microsoft Entra features of the pane, at its root: when the organisation names an
 * Entra app, the Entra library loaded in the background once the pane is up (a kept sign-in restored, the Entra
 * tenant's hosted config applied). Nothing of it but a few lines is in the initial bundle:
 * `EntraLoader` and `@halo-outlook/entra` (with MSAL) are lazy chunks, loaded only for such
 * organisations.
 *
 * @usageNotes
 * `providers: [..., provideEntraFeatures()]` in `appConfig`. (What reads mail through Graph —
 * the original message, the conversation — is in the pane runtime: `provideGraphMailFeatures()`.)
 */
export function provideEntraFeatures(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideEnvironmentInitializer(() => {
      const tenant = inject(TenantConfigStore);
      const injector = inject(EnvironmentInjector);
      effect(() => {
        if (!tenant.entra()) return;
        untracked(() =>
          whenIdle(async () => {
            const { EntraLoader } = await import('./entra-loader');
            await injector.get(EntraLoader).load();
          }),
        );
      });
    }),
  ]);
}

/** Runs `task` when the browser is idle (after the first render), or soon where it cannot say. */
function whenIdle(task: () => Promise<void>): void {
  const run = () => void task().catch(() => undefined); // the loader records its own failures
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: object) => number })
    .requestIdleCallback;
  if (idle) idle(run, { timeout: 2000 });
  else setTimeout(run, 500);
}
