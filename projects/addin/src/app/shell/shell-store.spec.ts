import { TestBed } from '@angular/core/testing';
import { AppError } from '@halo-outlook/core';
import {
  A_TENANT,
  FakeSignIn,
  FakeTenantConfig,
  provideFakeCore,
  settle,
} from '../testing/pane-test-setup.spec';
import { ShellStore } from './shell-store';

describe('ShellStore (the view state machine)', () => {
  let auth: FakeSignIn;
  let tenant: FakeTenantConfig;

  function start(): ShellStore {
    TestBed.configureTestingModule({ providers: provideFakeCore(auth, tenant) });
    return TestBed.inject(ShellStore);
  }

  beforeEach(() => {
    auth = new FakeSignIn();
    tenant = new FakeTenantConfig();
  });

  it('shows the start until the organisation’s settings and the stored session are read', async () => {
    let finishLoad!: () => void;
    tenant.loadResult = new Promise((resolve) => (finishLoad = resolve));
    auth.stateSignal.set({ status: 'setup' });
    const shell = start();

    await settle();
    expect(shell.view()).toBe('starting');

    finishLoad();
    await settle();
    expect(shell.view()).toBe('setup');
  });

  it('goes set-up → sign-in → pane as the tenant is saved and the agent signs in', async () => {
    auth.stateSignal.set({ status: 'setup' });
    const shell = start();
    await settle();
    expect(shell.view()).toBe('setup');

    tenant.configSignal.set(A_TENANT);
    auth.stateSignal.set({ status: 'signed-out', reason: null });
    expect(shell.view()).toBe('signing-in');

    auth.signedIn();
    expect(shell.view()).toBe('pane');
  });

  it('keeps showing the start while stored tokens are restored', async () => {
    auth.stateSignal.set({ status: 'restoring' });
    const shell = start();
    await settle();
    expect(shell.view()).toBe('starting');
  });

  it('opens Settings and Diagnostics over any view but the start, and goes back', async () => {
    auth.signedIn();
    const shell = start();
    expect(shell.canOpenOverlay()).toBeFalse();
    shell.open('settings');
    expect(shell.view()).toBe('starting');

    await settle();
    shell.open('settings');
    expect(shell.view()).toBe('settings');
    shell.open('diagnostics');
    expect(shell.view()).toBe('diagnostics');
    shell.back();
    expect(shell.view()).toBe('pane');
  });

  it('keeps the pane on show when Halo ends a session the agent was using', async () => {
    auth.signedIn();
    const shell = start();
    await settle();
    TestBed.tick();

    auth.stateSignal.set({
      status: 'signed-out',
      reason: new AppError({ kind: 'unauthorized', message: 'Revoked.', action: 'Sign in.' }),
    });
    TestBed.tick();
    expect(shell.view()).toBe('pane');
  });

  it('shows the sign-in view after the agent signs out, even from Settings', async () => {
    auth.signedIn();
    const shell = start();
    await settle();
    TestBed.tick();
    shell.open('settings');

    await shell.signOut();
    TestBed.tick();

    expect(auth.calls).toEqual(['signOut']);
    expect(shell.view()).toBe('signing-in');
  });

  it('goes back to set-up when the agent switches tenant', async () => {
    auth.signedIn();
    const shell = start();
    await settle();
    shell.open('settings');

    await shell.switchTenant();

    expect(auth.calls).toEqual(['signOut']);
    expect(tenant.cleared).toBe(1);
    expect(shell.view()).toBe('setup');
  });

  it('asks the arriving view to take the focus after a change, once, but not at start-up', async () => {
    auth.stateSignal.set({ status: 'setup' });
    const shell = start();
    await settle();
    TestBed.tick();
    expect(shell.takeFocus()).toBeFalse();

    shell.open('diagnostics');
    TestBed.tick();
    expect(shell.takeFocus()).toBeTrue();
    expect(shell.takeFocus()).toBeFalse();
  });
});
