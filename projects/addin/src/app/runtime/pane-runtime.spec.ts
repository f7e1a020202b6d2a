import { EnvironmentInjector, InjectionToken, provideEnvironmentInitializer } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DiagnosticsTrail } from '@halo-outlook/core';
import {
  A_TENANT,
  FakeSignIn,
  FakeTenantConfig,
  provideFakeCore,
} from '../testing/pane-test-setup.spec';
import { PaneRuntime } from './pane-runtime';
import { PANE_RUNTIME_LOADER, type PaneRuntimeProviders } from './pane-runtime-loader';
import { providePaneRuntime } from './provide-pane-runtime';

const IN_RUNTIME = new InjectionToken<string>('IN_RUNTIME');

describe('PaneRuntime', () => {
  let loads: number;
  let next: () => Promise<PaneRuntimeProviders>;

  beforeEach(() => {
    loads = 0;
    next = async () => [{ provide: IN_RUNTIME, useValue: 'runtime' }];
    TestBed.configureTestingModule({
      providers: [
        {
          provide: PANE_RUNTIME_LOADER,
          useValue: () => {
            loads++;
            return next();
          },
        },
      ],
    });
  });

  it('loads its chunk once and creates one injector below the root', async () => {
    const runtime = TestBed.inject(PaneRuntime);
    expect(runtime.injector()).toBeNull();

    const [first, second] = await Promise.all([runtime.load(), runtime.load()]);

    expect(first).toBe(second);
    expect(await runtime.load()).toBe(first);
    expect(loads).toBe(1);
    expect(runtime.injector()).toBe(first);
    expect(first.get(IN_RUNTIME)).toBe('runtime');
    expect(TestBed.inject(IN_RUNTIME, null)).toBeNull();
    expect(first.get(EnvironmentInjector, null, { skipSelf: true })).toBe(
      TestBed.inject(EnvironmentInjector),
    );
  });

  it('says why it could not start, and tries again at the next load', async () => {
    next = async () => {
      throw new Error('Failed to fetch dynamically imported module');
    };
    const runtime = TestBed.inject(PaneRuntime);

    await expectAsync(runtime.load()).toBeRejected();
    expect(runtime.injector()).toBeNull();
    const entry = TestBed.inject(DiagnosticsTrail)
      .entries()
      .find((e) => e.source === 'pane.runtime');
    expect(entry?.level).toBe('error');
    expect(entry?.data?.['detail']).toContain('Failed to fetch');

    next = async () => [];
    await expectAsync(runtime.load()).toBeResolved();
    expect(loads).toBe(2);
  });

  it('reports a registration the sdk refuses as a failed start', async () => {
    next = async () => [
      provideEnvironmentInitializer(() => {
        throw new Error('The plugin id "Bad" is not vendor.name.');
      }),
    ];
    const runtime = TestBed.inject(PaneRuntime);

    await expectAsync(runtime.load()).toBeRejectedWithError(/vendor\.name/);
    expect(runtime.injector()).toBeNull();
    expect(TestBed.inject(DiagnosticsTrail).entries().at(-1)?.message).toContain(
      'The pane could not start',
    );
  });
});

describe('providePaneRuntime', () => {
  it('starts loading the runtime as soon as a tenant is known, without waiting for it', async () => {
    const tenant = new FakeTenantConfig();
    let loads = 0;
    TestBed.configureTestingModule({
      providers: [
        provideFakeCore(new FakeSignIn(), tenant),
        providePaneRuntime(),
        {
          provide: PANE_RUNTIME_LOADER,
          useValue: () => {
            loads++;
            return new Promise<PaneRuntimeProviders>(() => undefined);
          },
        },
      ],
    });
    TestBed.inject(EnvironmentInjector);
    TestBed.tick();
    expect(loads).toBe(0);

    tenant.configSignal.set(A_TENANT);
    TestBed.tick();
    expect(loads).toBe(1);
  });
});
