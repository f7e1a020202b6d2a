import { TestBed } from '@angular/core/testing';
import { AppError } from '@halo-outlook/core';
import { FakeSignIn, FakeTenantConfig, provideFakeCore } from '../testing/pane-test-setup.spec';
import { NoticeBanner } from './notice-banner';
import { NoticeStore } from './notice-store';

describe('NoticeBanner', () => {
  let auth: FakeSignIn;

  beforeEach(() => {
    auth = new FakeSignIn();
    TestBed.configureTestingModule({ providers: provideFakeCore(auth, new FakeTenantConfig()) });
  });

  async function render() {
    const fixture = TestBed.createComponent(NoticeBanner);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const store = TestBed.inject(NoticeStore);
    const button = (name: string) =>
      [...element.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name,
      ) ?? null;
    return { fixture, element, store, button };
  }

  it('says what happened and what to do, as an alert', async () => {
    const { fixture, element, store } = await render();
    expect(element.querySelector('[role=alert]')).toBeNull();

    store.show(
      new AppError({
        kind: 'cors',
        message: 'Halo refused the add-in.',
        action: 'Add https://addin.example.com to the CORS list.',
      }),
    );
    await fixture.whenStable();

    const alert = element.querySelector('[role=alert]');
    expect(alert?.querySelector('.message')?.textContent).toBe('Halo refused the add-in.');
    expect(alert?.querySelector('.action')?.textContent).toContain('https://addin.example.com');
  });

  it('signs in from the banner when the session ended, and goes away when it worked', async () => {
    const { fixture, element, store, button } = await render();
    store.show(new AppError({ kind: 'unauthorized', message: 'Expired.', action: 'Sign in.' }));
    await fixture.whenStable();

    button('Sign in')?.click();
    await fixture.whenStable();

    expect(auth.calls).toEqual(['signIn']);
    expect(element.querySelector('[role=alert]')).toBeNull();
  });

  it('shows why a sign-in from the banner failed', async () => {
    const { fixture, element, store, button } = await render();
    store.show(new AppError({ kind: 'unauthorized', message: 'Expired.', action: 'Sign in.' }));
    auth.nextSignIn = Promise.resolve({
      outcome: 'failed',
      error: new AppError({ kind: 'offline', message: 'No network.', action: 'Reconnect.' }),
    });
    await fixture.whenStable();

    button('Sign in')?.click();
    await fixture.whenStable();

    expect(element.querySelector('.message')?.textContent).toBe('No network.');
  });

  it('retries on request, and dismisses', async () => {
    const { fixture, element, store, button } = await render();
    const retry = jasmine.createSpy('retry');
    store.show(new AppError({ kind: 'server', message: 'Halo failed.', action: 'Retry.' }), {
      retry,
    });
    await fixture.whenStable();

    button('Retry')?.click();
    await fixture.whenStable();
    expect(retry).toHaveBeenCalledTimes(1);
    expect(element.querySelector('[role=alert]')).toBeNull();

    store.show(new AppError({ kind: 'server', message: 'Again.', action: 'Retry.' }));
    await fixture.whenStable();
    button('Dismiss')?.click();
    await fixture.whenStable();
    expect(store.notice()).toBeNull();
  });

  it('counts down to a rate limit’s end, then retries by itself', async () => {
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-11-03T10:00:00Z'));
    try {
      const { fixture, element, store, button } = await render();
      const retry = jasmine.createSpy('retry');
      store.show(
        new AppError({
          kind: 'rate-limited',
          message: 'Busy.',
          action: 'Wait.',
          retryAfterMs: 3000,
        }),
        { retry },
      );
      fixture.detectChanges();
      expect(element.querySelector('.countdown')?.textContent).toContain('Trying again in 3 s.');
      expect(button('Retry')).toBeNull();

      jasmine.clock().tick(1000);
      fixture.detectChanges();
      expect(element.querySelector('.countdown')?.textContent).toContain('Trying again in 2 s.');

      jasmine.clock().tick(2000);
      fixture.detectChanges();
      expect(retry).toHaveBeenCalledTimes(1);
    } finally {
      jasmine.clock().uninstall();
    }
  });
});
