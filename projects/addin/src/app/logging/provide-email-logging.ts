import {
  type EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { OutboxReplayer } from '@halo-outlook/sdk';
import { provideEffects } from '@ngrx/effects';
import * as loggingEffects from './logging-effects';

/**
 * Logging e-mail to Halo, for the pane's root providers (after `provideStore()`): the effects of
 * `HaloEvents.emailLogged` (the Outlook category, the ticket lists refreshed, the diagnostics
 * trail) and the outbox, sent again from start-up while the pane is open.
 *
 * @usageNotes
 * `providers: [provideStore(), provideEffects(paneEffects), provideEmailLogging()]`
 */
export function provideEmailLogging(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideEffects(loggingEffects),
    provideAppInitializer(() => inject(OutboxReplayer).start()),
  ]);
}
