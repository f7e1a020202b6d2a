import { TestBed } from '@angular/core/testing';
import { LOG_DEFAULTS } from '@halo-outlook/sdk';
import { SettingsStore } from '../settings/settings-store';
import { provideLogDefaultsFromSettings } from './log-defaults-from-settings';

describe('provideLogDefaultsFromSettings', () => {
  beforeEach(() => localStorage.removeItem('halo-outlook'));
  afterEach(() => localStorage.removeItem('halo-outlook'));

  it('gives the log actions’ forms the agent’s defaults and tag mapping, as they change', async () => {
    TestBed.configureTestingModule({ providers: [provideLogDefaultsFromSettings()] });
    const defaults = TestBed.inject(LOG_DEFAULTS);
    expect(defaults()).toEqual({
      ticketTypeId: null,
      outcomeId: null,
      attachments: true,
      privateNote: true,
      minutes: 0,
      ticketTypeByTag: {},
    });

    await TestBed.inject(SettingsStore).update({
      defaultTicketTypeId: 3,
      defaultOutcomeId: 21,
      attachmentsByDefault: false,
      privateNoteByDefault: false,
      defaultMinutes: 15,
      ticketTypeByTag: { 'class:billing': 7 },
    });
    expect(defaults()).toEqual({
      ticketTypeId: 3,
      outcomeId: 21,
      attachments: false,
      privateNote: false,
      minutes: 15,
      ticketTypeByTag: { 'class:billing': 7 },
    });
  });
});
