import { TestBed } from '@angular/core/testing';
import { RoamingStore, isAppError } from '@halo-outlook/core';
import { DEFAULT_PANE_SETTINGS } from './pane-settings';
import { SETTINGS_ROAMING_KEY, SettingsStore } from './settings-store';

describe('SettingsStore', () => {
  beforeEach(() => localStorage.removeItem('halo-outlook'));
  afterEach(() => localStorage.removeItem('halo-outlook'));

  it('starts from the defaults when nothing is stored', () => {
    const store = TestBed.inject(SettingsStore);
    expect(store.settings()).toEqual(DEFAULT_PANE_SETTINGS);
    expect(store.attachmentsByDefault()).toBeTrue();
    expect(store.language()).toBe('auto');
  });

  it('saves a change to roaming settings, where the next pane reads it', async () => {
    const store = TestBed.inject(SettingsStore);
    await store.update({ defaultMinutes: 15, neverLogDomains: ['msp.example'], theme: 'dark' });

    expect(store.defaultMinutes()).toBe(15);
    expect(store.neverLogDomains()).toEqual(['msp.example']);
    const stored = TestBed.inject(RoamingStore).get<Record<string, unknown>>(SETTINGS_ROAMING_KEY);
    expect(stored?.['defaultMinutes']).toBe(15);
    expect(JSON.parse(localStorage.getItem('halo-outlook') ?? '{}').settings.theme).toBe('dark');
  });

  it('refuses an invalid value with what to do, and keeps the stored settings', async () => {
    const store = TestBed.inject(SettingsStore);
    await store.update({ defaultMinutes: 10 });

    let error: unknown;
    await store.update({ defaultMinutes: 9999, theme: 'dark' }).catch((e: unknown) => (error = e));

    expect(isAppError(error) && error.kind).toBe('invalid-input');
    expect(isAppError(error) && error.message).toContain('480');
    expect(store.defaultMinutes()).toBe(10);
    expect(store.theme()).toBe('system');
  });

  it('reads malformed stored values as their defaults', async () => {
    await TestBed.inject(RoamingStore).set(SETTINGS_ROAMING_KEY, {
      defaultMinutes: -4,
      attachmentsByDefault: 'yes',
      defaultOutcomeId: 21,
      language: 'de',
      neverLogDomains: ['ok.example', 7],
    });
    const store = TestBed.inject(SettingsStore);
    expect(store.defaultMinutes()).toBe(0);
    expect(store.attachmentsByDefault()).toBeTrue();
    expect(store.defaultOutcomeId()).toBe(21);
    expect(store.language()).toBe('auto');
    expect(store.neverLogDomains()).toEqual(['ok.example']);
  });
});
