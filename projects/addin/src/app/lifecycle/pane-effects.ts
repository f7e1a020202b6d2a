import { Injector, inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { AppError, DiagnosticsLog, TokenService } from '@halo-outlook/core';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { SessionCache, StaleWhileRevalidateCache } from '@halo-outlook/halo';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Action } from '@ngrx/store';
import { distinctUntilChanged, filter, map, pairwise, startWith, tap } from 'rxjs';
import { NoticeStore } from '../notices/notice-store';
import { PaneEvents } from './pane-events';

/** `Signed In` when a session starts or is restored, `Signed Out` when it ends. */
export const signInEvents = createEffect(
  (auth = inject(TokenService), injector = inject(Injector)) =>
    toObservable(auth.state, { injector }).pipe(
      startWith(null),
      pairwise(),
      map(([before, now]) => {
        if (now?.status === 'signed-in' && before?.status !== 'signed-in') {
          return PaneEvents.signedIn();
        }
        if (before?.status === 'signed-in' && now && now.status !== 'signed-in') {
          const reason = now.status === 'signed-out' ? now.reason : null;
          return PaneEvents.signedOut({ reason: reason ? plainError(reason) : null });
        }
        return null;
      }),
      filter(isPresent),
    ),
  { functional: true },
);

/** `Item Changed` whenever Outlook's selected email changes. */
export const itemEvents = createEffect(
  (mailbox = inject(MailboxPort)) =>
    mailbox.item$.pipe(
      map((item) => item?.itemId ?? null),
      distinctUntilChanged(),
      map((itemId) => PaneEvents.itemChanged({ itemId })),
    ),
  { functional: true },
);

/** Signing out forgets what Halo told the session (reference data, senders): the next agent or tenant starts clean. */
export const clearHaloCaches = createEffect(
  (
    actions$ = inject(Actions),
    session = inject(SessionCache),
    senders = inject(StaleWhileRevalidateCache),
  ) =>
    actions$.pipe(
      ofType(PaneEvents.signedOut),
      tap(() => {
        session.clear();
        senders.invalidate();
      }),
    ),
  { functional: true, dispatch: false },
);

/** When Halo ends a session the agent was using, the banner says so and offers Sign in. */
export const sessionEndedNotice = createEffect(
  (actions$ = inject(Actions), auth = inject(TokenService), notices = inject(NoticeStore)) =>
    actions$.pipe(
      ofType(PaneEvents.signedOut, PaneEvents.signedIn),
      tap((action) => {
        const state = auth.state();
        if (action.type === PaneEvents.signedIn.type) notices.dismiss('session');
        else if (state.status === 'signed-out' && state.reason) {
          notices.show(asSignInError(state.reason), { source: 'session' });
        }
      }),
    ),
  { functional: true, dispatch: false },
);

/** Every lifecycle event goes to the diagnostics trail (redacted there). */
export const recordPaneEvents = createEffect(
  (actions$ = inject(Actions), log = inject(DiagnosticsLog)) =>
    actions$.pipe(
      filter((action) => action.type.startsWith('[Pane]')),
      tap((action) => {
        const { type, ...data } = action as Action & Record<string, unknown>;
        log.record('pane', 'info', type, flatten(data));
      }),
    ),
  { functional: true, dispatch: false },
);

function plainError(error: AppError) {
  return { kind: error.kind, message: error.message, action: error.action };
}

/** A session Halo ended is `unauthorized` for the banner, whatever its cause, so it offers Sign in. */
function asSignInError(reason: AppError): AppError {
  if (reason.kind === 'unauthorized') return reason;
  return new AppError({
    kind: 'unauthorized',
    message: reason.message,
    action: reason.action,
    detail: reason.detail,
    cause: reason,
  });
}

function flatten(data: Record<string, unknown>): Record<string, string | number | boolean | null> {
  const flat: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
      flat[key] = value as string | number | boolean | null;
    } else if (value && typeof value === 'object') {
      for (const [inner, v] of Object.entries(value)) {
        if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) {
          flat[`${key}.${inner}`] = v as string | number | boolean | null;
        }
      }
    }
  }
  return flat;
}

function isPresent<T>(value: T | null): value is T {
  return value !== null;
}
