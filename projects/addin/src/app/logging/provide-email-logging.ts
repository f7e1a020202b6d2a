import {
  type EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
} from '@angular/core';
import { OutboxReplayer } from '@halo-outlook/sdk';
import { provideEffects } from '@ngrx/effects';
import { AlreadyLoggedLookup } from './already-logged-lookup';
import { LogPanelStore } from './log-panel-store';
import * as loggingEffects from './logging-effects';

/**
 * Logging e-mail to Halo, for the pane runtime's providers (after `provideStore()`): the effects
 * of `HaloEvents.emailLogged` (the Outlook category, the ticket lists refreshed, the diagnostics
 * trail), the log actions panel's state, and the outbox, sent again from the moment the runtime
 * starts while the pane is open.
 *
 * @usageNotes
 * `providers: [provideStore(), provideEffects(paneEffects), provideEmailLogging()]`
 */
export function provideEmailLogging(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideEffects(loggingEffects),
    LogPanelStore,
    AlreadyLoggedLookup,
    provideEnvironmentInitializer(() => inject(OutboxReplayer).start()),
  ]);
}
