import { EnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TenantConfigStore } from '@halo-outlook/core';
import type { EntraServices } from '@halo-outlook/entra';
import { FakeSignIn, FakeTenantConfig, provideFakeCore } from '../testing/pane-test-setup.spec';
import { ENTRA_LIBRARY } from './entra-library';
import { EntraLoader } from './entra-loader';
import {
  ENTRA_SETTINGS,
  FakeEntraSession,
  TENANT_ID,
  fakeLibrary,
  fakeServices,
  flush,
} from './testing/fake-entra.spec';

describe('EntraLoader', () => {
  let tenant: FakeTenantConfig;

  function setUp(answer: () => Promise<EntraServices>) {
    tenant = new FakeTenantConfig();
    const fake = fakeLibrary(answer);
    TestBed.configureTestingModule({
      providers: [
        provideFakeCore(new FakeSignIn(), tenant),
        { provide: ENTRA_LIBRARY, useValue: fake.library },
      ],
    });
    return { loader: TestBed.inject(EntraLoader), ...fake };
  }

  it('loads nothing when the organisation names no Entra app', async () => {
    const { loader, imports } = setUp(() => Promise.reject(new Error('must not load')));
    expect(loader.configured()).toBeFalse();
    expect(await loader.load()).toBeNull();
    expect(imports()).toBe(0);
  });

  it('imports the library once and starts it with the settings, redirect page and app injector', async () => {
    const { loader, loads, imports } = setUp(async () => fakeServices().services);
    tenant.entraSignal.set(ENTRA_SETTINGS);
    expect(loader.configured()).toBeTrue();
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect(a).toBe(b);
    expect(loader.services()).toBe(a);
    expect(imports()).toBe(1);
    expect(loads.length).toBe(1);
    expect(loads[0].settings).toBe(ENTRA_SETTINGS);
    expect(loads[0].redirectUri).toBe(new URL('auth/entra-redirect.html', document.baseURI).href);
    expect(loads[0].parent).toBe(TestBed.inject(EnvironmentInjector));
  });

  it('says the sign-in could not be loaded, and tries again next time', async () => {
    let fail = true;
    const { loader, imports } = setUp(async () => {
      if (fail) throw new Error('chunk failed');
      return fakeServices().services;
    });
    tenant.entraSignal.set(ENTRA_SETTINGS);
    expect(await loader.load()).toBeNull();
    expect(loader.failure()).toEqual(
      jasmine.objectContaining({
        message: 'The Microsoft sign-in could not be loaded.',
        action: 'Check your connection, then open Settings again.',
      }),
    );
    fail = false;
    expect(await loader.load()).not.toBeNull();
    expect(loader.failure()).toBeNull();
    expect(imports()).toBe(2);
  });

  it('applies the hosted config of the signed-in account’s Entra tenant', async () => {
    const session = new FakeEntraSession();
    const { loader } = setUp(async () => fakeServices(session).services);
    tenant.entraSignal.set(ENTRA_SETTINGS);
    await loader.load();
    await flush();
    expect(tenant.appliedTenants).toEqual([]);
    session.signedIn();
    await flush();
    expect(tenant.appliedTenants).toEqual([TENANT_ID]);
    expect(TestBed.inject(TenantConfigStore)).toBe(tenant as unknown as TenantConfigStore);
  });
});
