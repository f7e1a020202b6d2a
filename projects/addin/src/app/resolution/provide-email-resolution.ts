import {
  type EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
} from '@angular/core';
import { RememberedChoices, SeenSenders } from '@halo-outlook/sdk';
import { CurrentEmailFollower } from './current-email-follower';
import { DeviceRememberedChoices } from './device-remembered-choices';
import { DeviceSeenSenders } from './device-seen-senders';
import { ResolutionMilestonesRecorder } from './resolution-milestones';

/**
 * Wires the sdk's resolution store to the pane: it follows Outlook's current email while the agent
 * is signed in ({@link CurrentEmailFollower}), keeps senders' pictures and the agent's remembered
 * choices on the device ({@link DeviceSeenSenders}, {@link DeviceRememberedChoices}), and records
 * the milestones of each resolution ({@link ResolutionMilestonesRecorder}).
 *
 * Resolving starts with the pane runtime, before the pane view's code has loaded. Provide it
 * once, in the injector of `provideHaloPlugins(...)` (the pane runtime's), after it.
 *
 * @usageNotes
 * ```ts
 * createEnvironmentInjector([provideHaloClient(), HaloPluginAccess, providePanePlugins(), provideEmailResolution()], root);
 * ```
 */
export function provideEmailResolution(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: SeenSenders, useClass: DeviceSeenSenders },
    { provide: RememberedChoices, useClass: DeviceRememberedChoices },
    CurrentEmailFollower,
    ResolutionMilestonesRecorder,
    provideEnvironmentInitializer(() => {
      inject(ResolutionMilestonesRecorder);
      inject(CurrentEmailFollower).start();
    }),
  ]);
}
