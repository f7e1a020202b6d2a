import type { Provider } from '@angular/core';
import { HaloPluginAccess } from '@halo-outlook/sdk';
import type { RecordingHaloFacade } from './recording-halo-facade';

/**
 * Binds the sdk's Halo access to a {@link RecordingHaloFacade}, so the resolution store and the
 * plugins it runs read from the fixtures.
 *
 * @usageNotes
 * ```ts
 * const halo = new RecordingHaloFacade({ users: [alice] });
 * TestBed.configureTestingModule({
 *   providers: [provideHaloPlugins(withMatchers(myMatcher())), provideRecordingHalo(halo)],
 * });
 * ```
 */
export function provideRecordingHalo(facade: RecordingHaloFacade): Provider {
  return { provide: HaloPluginAccess, useValue: facade.access() };
}
