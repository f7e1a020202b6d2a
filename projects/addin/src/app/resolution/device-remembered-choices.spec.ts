import { type WritableSignal, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  AppError,
  DEVICE_DB_NAME,
  DeviceStore,
  type TenantConfig,
  TenantConfigStore,
} from '@halo-outlook/core';
import type { Candidate } from '@halo-outlook/sdk';
import { deleteDB } from 'idb';
import { DeviceRememberedChoices } from './device-remembered-choices';

const tenant = (baseUrl: string): TenantConfig => ({
  baseUrl,
  apiUrl: `${baseUrl}/api`,
  authUrl: `${baseUrl}/auth`,
  clientId: 'halo-outlook-dev',
  tenant: null,
});
const legal: Candidate = {
  kind: 'client',
  id: 2,
  label: 'Northwind Legal',
  confidence: 1,
  reason: 'You chose it for this sender.',
};
const logistics: Candidate = { ...legal, id: 3, label: 'Northwind Logistics' };
const headOffice: Candidate = { ...legal, kind: 'site', id: 3, label: 'Head Office' };
const SENDER = 'frontdesk@northwind.example';

describe('DeviceRememberedChoices', () => {
  let dbName: string;
  let config: WritableSignal<TenantConfig | null>;

  beforeEach(() => {
    dbName = `remembered-choices-spec-${Math.random()}`;
    config = signal<TenantConfig | null>(tenant('https://acme.halopsa.com'));
    TestBed.configureTestingModule({
      providers: [
        { provide: DEVICE_DB_NAME, useValue: dbName },
        { provide: TenantConfigStore, useValue: { config } },
        DeviceRememberedChoices,
      ],
    });
  });

  afterEach(async () => {
    await TestBed.inject(DeviceStore).close();
    await deleteDB(dbName);
  });

  it('remembers one choice per kind for a sender, the latest winning, across pane sessions', async () => {
    const choices = TestBed.inject(DeviceRememberedChoices);
    await choices.remember(SENDER, legal);
    await choices.remember(SENDER, headOffice);
    await choices.remember(SENDER, logistics);

    const reopened = TestBed.runInInjectionContext(() => new DeviceRememberedChoices());
    expect(await reopened.recall(SENDER)).toEqual([headOffice, logistics]);
    expect(await reopened.recall('someone.else@northwind.example')).toEqual([]);
  });

  it('survives signing out (the cache area is emptied, not the preferences)', async () => {
    const choices = TestBed.inject(DeviceRememberedChoices);
    await choices.remember(SENDER, legal);
    await TestBed.inject(DeviceStore).clear('cache');
    expect(await choices.recall(SENDER)).toEqual([legal]);
  });

  it('never proposes a choice made in another Halo tenant', async () => {
    const choices = TestBed.inject(DeviceRememberedChoices);
    await choices.remember(SENDER, legal);
    config.set(tenant('https://other.halopsa.com'));
    expect(await choices.recall(SENDER)).toEqual([]);
  });

  it('forgets one kind, or everything, for a sender', async () => {
    const choices = TestBed.inject(DeviceRememberedChoices);
    await choices.remember(SENDER, legal);
    await choices.remember(SENDER, headOffice);
    await choices.forget(SENDER, 'client');
    expect(await choices.recall(SENDER)).toEqual([headOffice]);
    await choices.forget(SENDER);
    expect(await choices.recall(SENDER)).toEqual([]);
  });

  it('refuses to remember before the add-in is connected to a Halo, saying what to do', async () => {
    config.set(null);
    const choices = TestBed.inject(DeviceRememberedChoices);
    const error = await choices.remember(SENDER, legal).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toEqual(jasmine.any(AppError));
    expect((error as AppError).action).toContain('Connect to Halo');
    expect(await choices.recall(SENDER)).toEqual([]);
  });
});
