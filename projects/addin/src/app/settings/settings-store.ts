import { computed, inject } from '@angular/core';
import { RoamingStore } from '@halo-outlook/core';
import { signalStore, withComputed, withMethods, withProps } from '@ngrx/signals';
import { PaneSettings, checkPaneSettings, readPaneSettings } from './pane-settings';

/** The roaming-settings key the preferences live under. */
export const SETTINGS_ROAMING_KEY = 'settings';

/**
 * The agent's preferences ({@link PaneSettings}), kept in roaming settings (they follow the agent
 * to every Outlook, within the 32 KB all roaming settings share). Each preference is a signal;
 * `update` checks and saves a change, and rejects with an `AppError` (over budget, not saved,
 * invalid) while the stored values stay as they were.
 *
 * @usageNotes
 * ```ts
 * const settings = inject(SettingsStore);
 * const minutes = settings.defaultMinutes();          // a log action's form default
 * await settings.update({ privateNoteByDefault: false });
 * ```
 */
export const SettingsStore = signalStore(
  { providedIn: 'root' },
  withProps(() => ({ _roaming: inject(RoamingStore) })),
  withComputed(({ _roaming }) => {
    const settings = computed(() => readPaneSettings(_roaming.values()[SETTINGS_ROAMING_KEY]));
    return {
      /** Every preference at once. */
      settings,
      defaultTicketTypeId: computed(() => settings().defaultTicketTypeId),
      defaultOutcomeId: computed(() => settings().defaultOutcomeId),
      attachmentsByDefault: computed(() => settings().attachmentsByDefault),
      privateNoteByDefault: computed(() => settings().privateNoteByDefault),
      defaultMinutes: computed(() => settings().defaultMinutes),
      neverLogDomains: computed(() => settings().neverLogDomains),
      ticketTypeByTag: computed(() => settings().ticketTypeByTag),
      haloEmailRules: computed(() => settings().haloEmailRules),
      emailRuleIgnoreTypes: computed(() => settings().emailRuleIgnoreTypes),
      emailRules: computed(() => settings().emailRules),
      language: computed(() => settings().language),
      theme: computed(() => settings().theme),
    };
  }),
  withMethods(({ _roaming, settings }) => ({
    /** Checks and saves `changes`; rejects with an `AppError`, changing nothing, when it cannot. */
    async update(changes: Partial<PaneSettings>): Promise<PaneSettings> {
      const next = checkPaneSettings({ ...settings(), ...changes });
      await _roaming.set(SETTINGS_ROAMING_KEY, next);
      return next;
    },
  })),
);

/** The instance type of {@link SettingsStore}, for typed references. */
export type SettingsStore = InstanceType<typeof SettingsStore>;
