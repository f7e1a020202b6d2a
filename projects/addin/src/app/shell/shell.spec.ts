import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideHaloClient } from '@halo-outlook/halo';
import { AppError } from '@halo-outlook/core';
import { NoticeStore } from '../notices/notice-store';
import { PaneRuntime } from '../runtime/pane-runtime';
import { PANE_RUNTIME_LOADER } from '../runtime/pane-runtime-loader';
import {
  A_TENANT,
  FakeSignIn,
  FakeTenantConfig,
  provideFakeCore,
  settle,
} from '../testing/pane-test-setup.spec';
import { Shell } from './shell';
import { waitFor } from '../testing/wait-for.spec';

describe('Shell', () => {
  let auth: FakeSignIn;
  let tenant: FakeTenantConfig;

  beforeEach(() => {
    localStorage.removeItem('halo-outlook');
    auth = new FakeSignIn();
    tenant = new FakeTenantConfig();
    TestBed.configureTestingModule({
      providers: [
        provideFakeCore(auth, tenant),
        // Settings is created in the pane runtime: here, the Halo client over a test backend.
        {
          provide: PANE_RUNTIME_LOADER,
          useValue: async () => [
            provideHttpClient(),
            provideHttpClientTesting(),
            provideHaloClient(),
          ],
        },
      ],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(Shell);
    await settle();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = (name: string) =>
      element.querySelector<HTMLButtonElement>(`.bar button[aria-label="${name}"]`);
    return { fixture, element, button };
  }

  it('shows the product name, and the set-up view on first run', async () => {
    auth.stateSignal.set({ status: 'setup' });
    const { element } = await render();

    expect(element.querySelector('h1')?.textContent).toBe('Halo for Outlook');
    expect(element.querySelector('main')?.dataset['view']).toBe('setup');
    expect(element.querySelector('halo-setup-view h2')?.textContent).toContain('Connect to Halo');
  });

  it('opens Settings and Diagnostics from the bar, and Back returns to the view', async () => {
    tenant.configSignal.set(A_TENANT);
    const { fixture, element, button } = await render();
    expect(element.querySelector('main')?.dataset['view']).toBe('signing-in');

    button('Settings')?.click();
    await fixture.whenStable();
    expect(element.querySelector('halo-settings-view h2')?.textContent).toContain('Settings');
    expect(button('Settings')?.getAttribute('aria-current')).toBe('page');
    expect(TestBed.inject(PaneRuntime).injector()).not.toBeNull();

    button('Diagnostics')?.click();
    await fixture.whenStable();
    expect(element.querySelector('halo-diagnostics-view h2')?.textContent).toContain('Diagnostics');

    button('Back')?.click();
    await fixture.whenStable();
    expect(element.querySelector('main')?.dataset['view']).toBe('signing-in');
    expect(button('Back')).toBeNull();
  });

  it('offers no tools while starting', async () => {
    tenant.loadResult = new Promise(() => undefined);
    const { element, button } = await render();
    expect(element.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(button('Settings')).toBeNull();
    expect(element.querySelector('halo-starting-view')?.textContent).toContain(
      'Connecting to Halo',
    );
  });

  it('shows a failure in the banner above the view, which stays', async () => {
    tenant.configSignal.set(A_TENANT);
    const { fixture, element } = await render();
    expect(element.querySelector('halo-notice-banner')).toBeNull(); // no failure, no banner code
    TestBed.inject(NoticeStore).show(
      new AppError({ kind: 'offline', message: 'You are offline.', action: 'Reconnect.' }),
    );
    // The banner's code loads with the first failure (a deferred chunk).
    await waitFor(async () => {
      await fixture.whenStable();
      return element.querySelector('[role=alert]') !== null;
    }, 'the banner');

    expect(element.querySelector('[role=alert]')?.textContent).toContain('You are offline.');
    expect(element.querySelector('halo-sign-in-view h2')?.textContent).toContain('Sign in to Halo');
  });
});
