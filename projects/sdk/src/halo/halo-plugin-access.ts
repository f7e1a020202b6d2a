import { Injectable, inject } from '@angular/core';
import { HaloFacades, type HaloReadFacade, type HaloWriteFacade } from '@halo-outlook/halo';

/**
 * Where the sdk gets the Halo facades it hands to plugins. Each facade is bound to a scope (one
 * e-mail: `email:<itemId>`), so the data layer's request ledger can count what resolving that
 * e-mail cost.
 *
 * By default it is the data layer's `HaloFacades` (provided by `provideHaloClient(...)`), so the
 * app needs nothing more. Tests bind it to a `RecordingHaloFacade` with `provideRecordingHalo`
 * from `@halo-outlook/sdk/testing`.
 *
 * @usageNotes
 * ```ts
 * const halo = inject(HaloPluginAccess).read(`email:${snapshot.itemId}`);
 * ```
 */
@Injectable({ providedIn: 'root', useFactory: () => inject(HaloFacades) })
export abstract class HaloPluginAccess {
  /** The read facade for matchers, counted under `scope`. */
  abstract read(scope: string): HaloReadFacade;
  /** The read/write facade for log actions, counted under `scope`. */
  abstract write(scope: string): HaloWriteFacade;
}
