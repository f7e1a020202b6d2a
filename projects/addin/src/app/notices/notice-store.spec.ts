import { TestBed } from '@angular/core/testing';
import { AppError, DiagnosticsTrail } from '@halo-outlook/core';
import { NoticeStore } from './notice-store';

describe('NoticeStore', () => {
  const offline = new AppError({ kind: 'offline', message: 'Offline.', action: 'Reconnect.' });

  it('shows one notice at a time, the newest winning, and records it in diagnostics', () => {
    const store = TestBed.inject(NoticeStore);
    store.show(offline);
    const cors = new AppError({ kind: 'cors', message: 'CORS.', action: 'Add the origin.' });
    store.show(cors);

    expect(store.notice()?.error).toBe(cors);
    const trail = TestBed.inject(DiagnosticsTrail).entries();
    expect(trail.map((e) => e.message)).toEqual(['Shown: Offline.', 'Shown: CORS.']);
  });

  it('offers Retry only when a retry is given and can help', () => {
    const store = TestBed.inject(NoticeStore);
    const retry = jasmine.createSpy('retry');
    store.show(offline, { retry });
    expect(store.notice()?.retry).toBe(retry);

    const invalid = new AppError({ kind: 'invalid-input', message: 'Bad.', action: 'Fix it.' });
    store.show(invalid, { retry });
    expect(store.notice()?.retry).toBeNull();
  });

  it('offers Sign in when Halo no longer accepts the session', () => {
    const store = TestBed.inject(NoticeStore);
    store.show(new AppError({ kind: 'unauthorized', message: 'Expired.', action: 'Sign in.' }));
    expect(store.notice()?.offersSignIn).toBeTrue();
  });

  it('says when a rate-limited failure may be retried', () => {
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-11-03T10:00:00Z'));
    try {
      const store = TestBed.inject(NoticeStore);
      store.show(
        new AppError({
          kind: 'rate-limited',
          message: 'Slow down.',
          action: 'Wait.',
          retryAfterMs: 30_000,
        }),
      );
      expect(store.notice()?.retryAt).toBe(Date.parse('2026-11-03T10:00:30Z'));
    } finally {
      jasmine.clock().uninstall();
    }
  });

  it('dismisses by source only the notice that source showed', () => {
    const store = TestBed.inject(NoticeStore);
    store.show(offline, { source: 'pane' });
    store.dismiss('settings');
    expect(store.notice()).not.toBeNull();
    store.dismiss('pane');
    expect(store.notice()).toBeNull();
  });

  it('runs the retry once and hides the notice', () => {
    const store = TestBed.inject(NoticeStore);
    const retry = jasmine.createSpy('retry');
    store.show(offline, { retry });
    store.retry();
    store.retry();
    expect(retry).toHaveBeenCalledTimes(1);
    expect(store.notice()).toBeNull();
  });
});
