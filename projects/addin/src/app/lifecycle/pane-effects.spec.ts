import { TestBed } from '@angular/core/testing';
import { AppError, DiagnosticsTrail, MailSnapshot } from '@halo-outlook/core';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { SessionCache, provideHaloClient } from '@halo-outlook/halo';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import { Actions, provideEffects } from '@ngrx/effects';
import { Action, provideStore } from '@ngrx/store';
import { NoticeStore } from '../notices/notice-store';
import { FakeSignIn, FakeTenantConfig, provideFakeCore } from '../testing/pane-test-setup.spec';
import * as paneEffects from './pane-effects';
import { PaneEvents } from './pane-events';

describe('the pane’s lifecycle effects', () => {
  let auth: FakeSignIn;
  let item: ReturnType<typeof signal<MailSnapshot | null>>;
  let seen: Action[];

  beforeEach(() => {
    auth = new FakeSignIn();
    item = signal<MailSnapshot | null>(null);
    TestBed.configureTestingModule({
      providers: [
        provideFakeCore(auth, new FakeTenantConfig()),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideHaloClient(),
        { provide: MailboxPort, useFactory: () => ({ item, item$: toObservable(item) }) },
        provideStore(),
        provideEffects(paneEffects),
      ],
    });
    seen = [];
    TestBed.inject(Actions).subscribe((action) => seen.push(action));
    TestBed.tick();
  });

  const types = () => seen.map((a) => a.type);

  it('announces sign-in and sign-out as they happen', () => {
    auth.signedIn();
    TestBed.tick();
    auth.stateSignal.set({ status: 'signed-out', reason: null });
    TestBed.tick();

    expect(types()).toContain(PaneEvents.signedIn.type);
    expect(seen.find((a) => a.type === PaneEvents.signedOut.type)).toEqual(
      PaneEvents.signedOut({ reason: null }),
    );
  });

  it('announces each email Outlook selects', () => {
    item.set(aMailSnapshot({ itemId: 'AAMk1' }));
    TestBed.tick();
    item.set(null);
    TestBed.tick();

    const changes = seen.filter((a) => a.type === PaneEvents.itemChanged.type);
    expect(changes).toEqual([
      PaneEvents.itemChanged({ itemId: null }),
      PaneEvents.itemChanged({ itemId: 'AAMk1' }),
      PaneEvents.itemChanged({ itemId: null }),
    ]);
  });

  it('forgets what Halo told the session when it ends', () => {
    const cache = TestBed.inject(SessionCache);
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    void cache.get('reference:Outcome', load);
    auth.signedIn();
    TestBed.tick();
    auth.stateSignal.set({ status: 'signed-out', reason: null });
    TestBed.tick();

    void cache.get('reference:Outcome', load);
    expect(loads).toBe(2);
  });

  it('says in the banner when Halo ended the session, with Sign in, and clears it on sign-in', () => {
    auth.signedIn();
    TestBed.tick();
    auth.stateSignal.set({
      status: 'signed-out',
      reason: new AppError({ kind: 'unauthorized', message: 'Revoked.', action: 'Sign in again.' }),
    });
    TestBed.tick();
    const notices = TestBed.inject(NoticeStore);
    expect(notices.notice()?.error.message).toBe('Revoked.');
    expect(notices.notice()?.offersSignIn).toBeTrue();

    auth.signedIn();
    TestBed.tick();
    expect(notices.notice()).toBeNull();
  });

  it('writes every lifecycle event to the diagnostics trail', () => {
    auth.signedIn();
    TestBed.tick();
    const trail = TestBed.inject(DiagnosticsTrail).entries();
    expect(
      trail.some((e) => e.source === 'pane' && e.message === PaneEvents.signedIn.type),
    ).toBeTrue();
  });
});
