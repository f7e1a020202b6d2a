import { TestBed } from '@angular/core/testing';
import { AppError } from '../errors/app-error';
import { OfficeApi, OfficeRoamingSettings } from '../office/office-api';
import { OFFICE } from '../office/office-token';
import { ROAMING_KEY } from './roaming-backend';
import { ROAMING_BUDGET_BYTES, RoamingStore, measureRoamingBytes } from './roaming-store';

/** Office roaming settings as Office keeps them: in memory until `saveAsync`. */
function fakeRoamingSettings(saveFails = false) {
  const memory = new Map<string, unknown>();
  const saved = new Map<string, unknown>();
  const settings: OfficeRoamingSettings = {
    get: (name) => memory.get(name),
    set: (name, value) => void memory.set(name, structuredClone(value)),
    remove: (name) => void memory.delete(name),
    saveAsync: (cb) =>
      setTimeout(() => {
        if (saveFails) {
          cb?.({
            status: 'failed',
            value: undefined,
            error: { code: 9019, name: 'GenericResponseError', message: 'save failed' },
          });
          return;
        }
        saved.clear();
        memory.forEach((v, k) => saved.set(k, structuredClone(v)));
        cb?.({ status: 'succeeded', value: undefined });
      }),
  };
  return { settings, memory, saved };
}

function storeOver(settings: OfficeRoamingSettings): RoamingStore {
  TestBed.configureTestingModule({
    providers: [
      {
        provide: OFFICE,
        useValue: { context: { roamingSettings: settings } } as unknown as OfficeApi,
      },
    ],
  });
  return TestBed.inject(RoamingStore);
}

describe('RoamingStore', () => {
  it('saves to Office roaming settings under one key and reads it back', async () => {
    const office = fakeRoamingSettings();
    const store = storeOver(office.settings);
    await store.set('prefs.outcome', 21);
    expect(office.saved.get(ROAMING_KEY)).toEqual({ 'prefs.outcome': 21 });
    expect(store.get<number>('prefs.outcome')).toBe(21);
    expect(store.values()).toEqual({ 'prefs.outcome': 21 });
    await store.remove('prefs.outcome');
    expect(office.saved.get(ROAMING_KEY)).toEqual({});
  });

  it('accounts for the 32 KB budget and refuses a write over it, changing nothing', async () => {
    const office = fakeRoamingSettings();
    const store = storeOver(office.settings);
    await store.set('small', 'x');
    const overhead = measureRoamingBytes({ small: 'x', big: '' });
    const fits = 'a'.repeat(ROAMING_BUDGET_BYTES - overhead);
    await store.set('big', fits);
    expect(store.usage()).toEqual({
      usedBytes: ROAMING_BUDGET_BYTES,
      budgetBytes: ROAMING_BUDGET_BYTES,
    });

    let error: unknown;
    await store.set('big', `${fits}a`).catch((e) => (error = e));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain('too large');
    expect((error as AppError).action).toContain('Nothing was changed');
    expect(store.get<string>('big')).toBe(fits);
    expect((office.saved.get(ROAMING_KEY) as Record<string, string>)['big']).toBe(fits);
  });

  it('counts multi-byte characters by their encoded size', () => {
    expect(measureRoamingBytes({ k: 'é' })).toBe(measureRoamingBytes({ k: 'e' }) + 1);
  });

  it('surfaces a failed saveAsync and keeps the previous values', async () => {
    const office = fakeRoamingSettings(true);
    office.memory.set(ROAMING_KEY, { theme: 'dark' });
    const store = storeOver(office.settings);
    expect(store.get<string>('theme')).toBe('dark');

    await expectAsync(store.set('theme', 'light')).toBeRejectedWith(
      jasmine.objectContaining({
        kind: 'office',
        message: 'Outlook could not save your settings to your mailbox.',
      }),
    );
    expect(store.get<string>('theme')).toBe('dark');
    expect(office.memory.get(ROAMING_KEY)).toEqual({ theme: 'dark' });
  });

  it('uses localStorage outside Office, with the same budget', async () => {
    localStorage.removeItem(ROAMING_KEY);
    TestBed.configureTestingModule({ providers: [{ provide: OFFICE, useValue: null }] });
    const store = TestBed.inject(RoamingStore);
    await store.set('prefs.outcome', 3);
    expect(JSON.parse(localStorage.getItem(ROAMING_KEY) ?? '{}')).toEqual({ 'prefs.outcome': 3 });
    await expectAsync(store.set('huge', 'x'.repeat(ROAMING_BUDGET_BYTES))).toBeRejectedWith(
      jasmine.any(AppError),
    );
    localStorage.removeItem(ROAMING_KEY);
  });
});
