import { Provider, computed, inject } from '@angular/core';
import { LOG_DEFAULTS, LogDefaults } from '@halo-outlook/sdk';
import { PaneSettings } from '../settings/pane-settings';
import { SettingsStore } from '../settings/settings-store';

/** The log actions' form defaults, from the agent's settings. */
export function toLogDefaults(settings: PaneSettings): LogDefaults {
  return {
    ticketTypeId: settings.defaultTicketTypeId,
    outcomeId: settings.defaultOutcomeId,
    attachments: settings.attachmentsByDefault,
    privateNote: settings.privateNoteByDefault,
    minutes: settings.defaultMinutes,
    ticketTypeByTag: settings.ticketTypeByTag,
  };
}

/** Binds the sdk's `LOG_DEFAULTS` to the agent's settings: a change applies to the next form. */
export function provideLogDefaultsFromSettings(): Provider {
  return {
    provide: LOG_DEFAULTS,
    useFactory: () => {
      const settings = inject(SettingsStore);
      return computed(() => toLogDefaults(settings.settings()));
    },
  };
}
