import { Injectable, Injector, inject } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { type AuthState, type MailSnapshot, TokenService } from '@halo-outlook/core';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { ResolutionStore } from '@halo-outlook/sdk';
import { type Observable, combineLatest, distinctUntilChanged, filter, map } from 'rxjs';

/** Keep resolving what is shown: the session is being restored, or Halo ended it (banner on show). */
const HOLD = Symbol('hold');

/**
 * Points the resolution store at Outlook's current email while the agent is signed in to Halo:
 * every email the agent opens is resolved (a new one cancels the last), nothing is asked of Halo
 * without a session, and signing out clears the picture.
 *
 * While the session is being restored, or when Halo ended it and the pane stays on show with a
 * Sign in banner, the last picture is kept; signing in again resolves the email again, so what
 * failed for want of a session is looked up afresh.
 *
 * It starts with the pane runtime (`provideEmailResolution()`, loaded as soon as a tenant is
 * known), not with the pane view, so the first round trip to Halo is under way while the pane's
 * own code is still loading.
 *
 * @usageNotes
 * `inject(CurrentEmailFollower).start()` — once; later calls do nothing.
 */
@Injectable()
export class CurrentEmailFollower {
  private readonly resolution = inject(ResolutionStore);
  private readonly emails: Observable<MailSnapshot | null>;
  private started = false;

  constructor() {
    const auth = toObservable(inject(TokenService).state, { injector: inject(Injector) });
    this.emails = combineLatest([auth, inject(MailboxPort).item$]).pipe(
      map(([state, item]) => emailFor(state, item)),
      distinctUntilChanged(),
      filter((email): email is MailSnapshot | null => email !== HOLD),
    );
  }

  /** Starts following the current email. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.resolution.resolve(this.emails);
  }
}

function emailFor(state: AuthState, item: MailSnapshot | null): MailSnapshot | null | typeof HOLD {
  switch (state.status) {
    case 'signed-in':
      return item;
    case 'restoring':
      return HOLD;
    case 'signed-out':
      return state.reason ? HOLD : null;
    case 'setup':
      return null;
  }
}
