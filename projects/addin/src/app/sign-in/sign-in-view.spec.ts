import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { AppError } from '@halo-outlook/core';
import { SignInResult } from '@halo-outlook/core/sign-in';
import {
  A_TENANT,
  FakeSignIn,
  FakeTenantConfig,
  provideFakeCore,
} from '../testing/pane-test-setup.spec';
import { SignInView } from './sign-in-view';

describe('SignInView', () => {
  let auth: FakeSignIn;
  let tenant: FakeTenantConfig;

  beforeEach(() => {
    auth = new FakeSignIn();
    tenant = new FakeTenantConfig();
    tenant.configSignal.set(A_TENANT);
    TestBed.configureTestingModule({ providers: provideFakeCore(auth, tenant) });
  });

  async function render() {
    const fixture = TestBed.createComponent(SignInView);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    return { fixture, loader, element: fixture.nativeElement as HTMLElement };
  }

  it('names the Halo the agent signs in to', async () => {
    const { element } = await render();
    expect(element.querySelector('h2')?.textContent).toContain('Sign in to Halo');
    expect(element.querySelector('.host')?.textContent).toBe('acme.halopsa.com');
    expect(element.querySelector('.tenant-name')?.textContent).toContain('acme');
  });

  it('waits for the sign-in window, then leaves the rest to the state machine', async () => {
    let finish!: (result: SignInResult) => void;
    auth.nextSignIn = new Promise((resolve) => (finish = resolve));
    const { fixture, loader, element } = await render();
    const button = await loader.getHarness(MatButtonHarness.with({ text: /Sign in/ }));

    await button.click();
    expect(await button.getText()).toContain('Waiting for the sign-in window');
    expect(await button.isDisabled()).toBeTrue();
    expect(element.querySelector('[aria-live]')?.textContent).toContain('window that opened');

    finish({ outcome: 'signed-in' });
    await fixture.whenStable();
    expect(auth.calls).toEqual(['signIn']);
    expect(auth.state().status).toBe('signed-in');
  });

  it('says when the agent cancelled', async () => {
    auth.nextSignIn = Promise.resolve({ outcome: 'cancelled' });
    const { fixture, loader, element } = await render();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Sign in/ }))).click();
    await fixture.whenStable();

    expect(element.querySelector('[aria-live]')?.textContent).toContain('Sign-in was cancelled');
  });

  it('says why sign-in failed and what to do', async () => {
    auth.nextSignIn = Promise.resolve({
      outcome: 'failed',
      error: new AppError({
        kind: 'invalid-input',
        message: 'Halo does not know the client id “client-123”.',
        action: 'Copy the client id of the Halo API application into the set-up screen.',
      }),
    });
    const { fixture, loader, element } = await render();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Sign in/ }))).click();
    await fixture.whenStable();

    const alert = element.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('does not know the client id');
    expect(alert?.textContent).toContain('Copy the client id');
  });

  it('says why Halo ended the last session', async () => {
    auth.stateSignal.set({
      status: 'signed-out',
      reason: new AppError({
        kind: 'unauthorized',
        message: 'Your session was revoked.',
        action: 'Sign in again.',
      }),
    });
    const { element } = await render();
    expect(element.querySelector('[role=status]')?.textContent).toContain(
      'Your session was revoked.',
    );
  });

  it('lets the agent use another Halo, unless the organisation set it', async () => {
    const { loader } = await render();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Use another Halo/ }))).click();
    expect(auth.calls).toEqual(['signOut']);
    expect(tenant.cleared).toBe(1);

    tenant.managedSignal.set({
      haloUrl: 'https://acme.halopsa.com',
      sources: { haloUrl: 'hosted' },
    });
    const again = await render();
    expect(
      await again.loader.getAllHarnesses(MatButtonHarness.with({ text: /Use another Halo/ })),
    ).toEqual([]);
  });
});
