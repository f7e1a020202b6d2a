import { Injectable, Signal, computed, inject, signal } from '@angular/core';
import {
  CacheLookupPolicy,
  type AccountInfo,
  type AuthenticationResult,
  type SilentRequest,
} from '@azure/msal-browser';
import { AppError, DiagnosticsLog } from '@halo-outlook/core';
import type { EntraSignInMode } from '../client/entra-client';
import { GRAPH_SCOPES, requestScope, sameScope } from '../graph/graph-scopes';
import { ENTRA_CLIENT, ENTRA_REDIRECT_URI, ENTRA_SETTINGS } from '../provide/entra-tokens';
import {
  consentError,
  entraError,
  isConsentRefusal,
  needsInteraction,
  notSignedInError,
} from './entra-error';
import type { EntraAccount, EntraState, ScopeConsent } from './entra-state';
import { ENTRA_PREFERENCES, SignOutMemory } from './sign-out-memory';

/** Options of {@link EntraSession.accessToken}. */
export interface AccessTokenOptions {
  /**
   * May a pop-up (or Outlook's prompt) ask the agent to sign in or consent? Default true: call it
   * from a click. False for work the agent did not just ask for (a pop-up would be blocked).
   */
  readonly interactive?: boolean;
}

/**
 * The agent's Microsoft sign-in, as signals: {@link state} (`signed-out`, `signing-in`,
 * `signed-in` with the account and its tenant, `error` with what to do), and access tokens for
 * Microsoft Graph. Signs in with a pop-up window, or through Outlook with Nested App
 * Authentication; never with a redirect (it would navigate the pane away). MSAL's answers land in
 * signals, so a zoneless app updates.
 *
 * @usageNotes
 * ```ts
 * const entra = await inject(EntraLoader).load();     // the app's lazy loader; null when off
 * await entra?.session.signIn();                       // from a click: may open a pop-up
 * entra?.session.state();                              // { status: 'signed-in', account }
 * const token = await entra!.session.accessToken(['Mail.Read']);
 * ```
 */
@Injectable()
export class EntraSession {
  private readonly client = inject(ENTRA_CLIENT);
  private readonly settings = inject(ENTRA_SETTINGS);
  private readonly redirectUri = inject(ENTRA_REDIRECT_URI);
  private readonly log = inject(DiagnosticsLog);
  private readonly memory = new SignOutMemory(inject(ENTRA_PREFERENCES), this.settings.clientId);
  private readonly stateSignal = signal<EntraState>({ status: 'signed-out' });
  private readonly consentSignal = signal<Readonly<Record<string, ScopeConsent>>>({});
  private interaction: Promise<AuthenticationResult> | null = null;
  private signingIn: Promise<void> | null = null;

  /** Where the sign-in stands. */
  readonly state: Signal<EntraState> = this.stateSignal.asReadonly();
  /** The signed-in account, or null. */
  readonly account: Signal<EntraAccount | null> = computed(() => {
    const state = this.stateSignal();
    return state.status === 'signed-in' ? state.account : null;
  });
  /** Whether each Graph permission (by short name, `Mail.Read`) is granted, as far as known. */
  readonly consent: Signal<Readonly<Record<string, ScopeConsent>>> =
    this.consentSignal.asReadonly();
  /** Through Outlook (`nested`) or with pop-up windows (`popup`). */
  readonly mode: EntraSignInMode = this.client.mode;

  /**
   * Picks up a sign-in kept from before: the account in MSAL's cache (pop-up mode), or Outlook's
   * account, silently (Nested App Authentication), unless the agent signed out on this device.
   * Never throws and never opens a window.
   */
  async restore(): Promise<void> {
    const cached = this.cachedAccount();
    if (cached) {
      this.signedIn(cached);
      return;
    }
    if (this.mode !== 'nested' || this.memory.signedOut()) return;
    this.stateSignal.set({ status: 'signing-in' });
    try {
      const result = await this.client.pca.acquireTokenSilent(
        this.request([GRAPH_SCOPES.userRead]),
      );
      this.adopt(result, [GRAPH_SCOPES.userRead]);
    } catch (error) {
      this.log.record('entra', 'info', 'No Microsoft sign-in to restore', {
        detail: entraError(error, this.context([])).detail ?? null,
      });
      this.stateSignal.set({ status: 'signed-out' });
    }
  }

  /**
   * Signs in: through Outlook silently when it can, else with Microsoft's sign-in in a pop-up
   * (call it from a click). Never throws: a failure is the `error` state, worded for the agent.
   */
  signIn(): Promise<void> {
    this.signingIn ??= this.runSignIn().finally(() => (this.signingIn = null));
    return this.signingIn;
  }

  /**
   * Signs out of the add-in: forgets the account and its tokens on this device (MSAL's cache),
   * without signing out of Microsoft elsewhere and without any redirect. Through Outlook, the
   * account is Outlook's: the add-in stops using it until the agent signs in again.
   */
  async signOut(): Promise<void> {
    const account = this.msalAccount();
    this.memory.set(true);
    this.stateSignal.set({ status: 'signed-out' });
    this.consentSignal.set({});
    if (this.mode === 'nested') return; // NAA cannot clear Outlook's cache; the mark is enough
    try {
      this.client.pca.setActiveAccount(null);
      await this.client.pca.clearCache(account ? { account } : undefined);
    } catch (error) {
      this.log.record('entra', 'warn', 'MSAL could not clear its cache', {
        detail: entraError(error, this.context([])).detail ?? null,
      });
    }
  }

  /**
   * An access token for Microsoft Graph permissions (short names, `Mail.Read`; full scopes are
   * kept): from MSAL's cache or its refresh token, else — when `interactive` (the default) — with
   * a pop-up (or Outlook's prompt) where the agent signs in or consents. Rejects with an
   * `AppError`: not signed in; the permission not consented (“feature unavailable… ask your
   * administrator to grant it”); the pop-up blocked or closed…
   */
  async accessToken(scopes: readonly string[], options: AccessTokenOptions = {}): Promise<string> {
    const request = this.request(scopes);
    if (this.mode === 'popup' ? !request.account : this.memory.signedOut()) {
      throw notSignedInError();
    }
    try {
      const result = await this.client.pca.acquireTokenSilent(request);
      this.adopt(result, scopes);
      return result.accessToken;
    } catch (error) {
      if (!needsInteraction(error)) throw entraError(error, this.context(scopes));
      if (isConsentRefusal(error)) this.mark(scopes, 'not-granted');
      if (options.interactive === false) {
        throw isConsentRefusal(error) ? consentError(scopes, error) : this.renewError(error);
      }
    }
    try {
      const result = await this.interact(request);
      this.adopt(result, scopes);
      return result.accessToken;
    } catch (error) {
      if (isConsentRefusal(error)) this.mark(scopes, 'not-granted');
      throw entraError(error, this.context(scopes));
    }
  }

  /**
   * Finds out, silently, which of `scopes` are granted (for Settings). Never throws, never opens a
   * window; a permission it cannot tell about stays `unknown`.
   */
  async checkConsent(scopes: readonly string[]): Promise<void> {
    if (this.stateSignal().status !== 'signed-in') return;
    for (const scope of scopes) {
      if (this.consentSignal()[scope] === 'granted') continue;
      try {
        await this.accessToken([scope], { interactive: false });
      } catch {
        // marked not-granted when Microsoft said so; unknown otherwise
      }
    }
  }

  private async runSignIn(): Promise<void> {
    this.stateSignal.set({ status: 'signing-in' });
    this.memory.set(false);
    const scopes = [GRAPH_SCOPES.userRead];
    try {
      let result: AuthenticationResult;
      if (this.mode === 'nested') {
        result = await this.client.pca
          .acquireTokenSilent(this.request(scopes))
          .catch((error: unknown) => {
            if (!needsInteraction(error)) throw error;
            return this.interact(this.request(scopes));
          });
      } else {
        result = await this.client.pca.loginPopup({
          scopes: scopes.map((s) => requestScope(this.settings, s)),
          prompt: 'select_account',
        });
      }
      this.adopt(result, scopes);
      this.log.record('entra', 'info', 'Signed in with Microsoft', { mode: this.mode });
    } catch (error) {
      const problem = entraError(error, this.context(scopes));
      this.log.record('entra', 'warn', 'Microsoft sign-in failed', {
        detail: problem.detail ?? null,
      });
      this.stateSignal.set({ status: 'error', error: problem });
    }
  }

  /** One pop-up at a time: a second caller waits for the first's answer. */
  private interact(request: SilentRequest): Promise<AuthenticationResult> {
    this.interaction ??= this.client.pca
      .acquireTokenPopup({ scopes: request.scopes, account: request.account })
      .finally(() => (this.interaction = null));
    return this.interaction;
  }

  private adopt(result: AuthenticationResult, scopes: readonly string[]): void {
    if (result.account) this.signedIn(result.account);
    // The token is for `scopes`; Entra also lists the other permissions already granted.
    const listed = Object.values(GRAPH_SCOPES).filter((s) =>
      (result.scopes ?? []).some((granted) => sameScope(granted, s)),
    );
    this.mark([...new Set([...scopes, ...listed])], 'granted');
  }

  private signedIn(account: AccountInfo): void {
    if (this.mode === 'popup') this.client.pca.setActiveAccount(account);
    const current = this.account();
    if (current?.homeAccountId === account.homeAccountId) return;
    this.stateSignal.set({ status: 'signed-in', account: toEntraAccount(account) });
  }

  private mark(scopes: readonly string[], consent: ScopeConsent): void {
    if (!scopes.length) return;
    this.consentSignal.update((known) => ({
      ...known,
      ...Object.fromEntries(scopes.map((s) => [s, consent])),
    }));
  }

  private request(scopes: readonly string[]): SilentRequest {
    const account = this.msalAccount() ?? undefined;
    return {
      scopes: scopes.map((s) => requestScope(this.settings, s)),
      account,
      // No hidden iframe: the pane's CSP does not frame the authority; a pop-up renews instead.
      cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
    };
  }

  private msalAccount(): AccountInfo | null {
    const known = this.account();
    const pca = this.client.pca;
    if (known) return pca.getAccount({ homeAccountId: known.homeAccountId }) ?? null;
    return this.mode === 'popup' ? null : (pca.getActiveAccount() ?? null);
  }

  private cachedAccount(): AccountInfo | null {
    if (this.mode === 'nested' && this.memory.signedOut()) return null;
    const pca = this.client.pca;
    return pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;
  }

  private renewError(cause: unknown): AppError {
    return new AppError({
      kind: 'unauthorized',
      message: $localize`:@@entra.error.renew.message:Your Microsoft sign-in needs renewing.`,
      action: $localize`:@@entra.error.renew.action:Sign in with Microsoft again in Settings, then try again.`,
      detail: entraError(cause, this.context([])).detail,
      retryable: false,
      cause,
    });
  }

  private context(scopes: readonly string[]) {
    return { clientId: this.settings.clientId, redirectUri: this.redirectUri, scopes };
  }
}

function toEntraAccount(account: AccountInfo): EntraAccount {
  const claims = (account.idTokenClaims ?? {}) as { tid?: unknown };
  return Object.freeze({
    username: account.username,
    name: account.name ?? null,
    tenantId: account.tenantId || (typeof claims.tid === 'string' ? claims.tid : ''),
    homeAccountId: account.homeAccountId,
  });
}
