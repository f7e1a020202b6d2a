import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DEVICE_DB_NAME, DiagnosticsTrail } from '@halo-outlook/core';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { HaloFacades } from '@halo-outlook/halo';
import { HaloPluginAccess, PluginRegistry, ResolutionStore } from '@halo-outlook/sdk';
import { TestMailbox, waitFor } from '../resolution/testing/email-test-bed.spec';
import { SenderStore } from '../pane/sender/sender-store';
import {
  A_TENANT,
  FakeSignIn,
  FakeTenantConfig,
  provideFakeCore,
} from '../testing/pane-test-setup.spec';
import { paneRuntimeProviders } from './pane-runtime-providers';

describe('paneRuntimeProviders', () => {
  let auth: FakeSignIn;
  let runtime: EnvironmentInjector;

  beforeEach(() => {
    auth = new FakeSignIn();
    const tenant = new FakeTenantConfig();
    tenant.configSignal.set(A_TENANT);
    TestBed.configureTestingModule({
      providers: [
        provideFakeCore(auth, tenant),
        { provide: MailboxPort, useValue: new TestMailbox() },
        { provide: DEVICE_DB_NAME, useValue: `pane-runtime-${Math.random()}` },
      ],
    });
    runtime = createEnvironmentInjector(
      [...paneRuntimeProviders()],
      TestBed.inject(EnvironmentInjector),
    );
  });

  afterEach(() => runtime.destroy());

  it('registers the plugins and runs them in the runtime, leaving the root without them', () => {
    const registry = runtime.get(PluginRegistry);
    expect(registry.injector).toBe(runtime);
    expect(registry.matchers.map((m) => m.id)).toContain('halo.contact-by-email');
    expect(registry.logActions.length).toBeGreaterThanOrEqual(2);
    expect(runtime.get(HaloPluginAccess)).toBe(runtime.get(HaloFacades));
    expect(runtime.get(SenderStore)).toBe(runtime.get(SenderStore));

    expect(TestBed.inject(PluginRegistry, null)).toBeNull();
    expect(TestBed.inject(ResolutionStore, null)).toBeNull();
    expect(TestBed.inject(HaloFacades, null)).toBeNull();
  });

  it('runs the lifecycle effects in the runtime: signing in is an event in the diagnostics trail', async () => {
    const trail = TestBed.inject(DiagnosticsTrail);
    auth.signedIn();
    await waitFor(
      () => trail.entries().some((e) => e.message === '[Pane] Signed In'),
      'the Signed In event',
    );
    expect(runtime.get(ResolutionStore).status()).toBe('idle');
  });
});
