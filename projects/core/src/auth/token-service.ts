import { Injectable, Signal, computed, inject, signal } from '@angular/core';
import { DiagnosticsLog } from '../diagnostics/diagnostics-log';
import { AppError } from '../errors/app-error';
import { toAppError } from '../errors/to-app-error';
import { HALO_CORE_OPTIONS } from '../provide/halo-core-options';
import { TenantConfigStore } from '../tenant/tenant-config-store';
import { TenantConfig, tenantKey } from '../tenant/tenant-config';
import { AuthState } from './auth-state';
import type { HaloSession } from './halo-session';
import { TokenClient } from './token-client';
import { TokenSet } from './token-set';
import { TokenVault } from './token-vault';

/**
 * The token lifecycle, and core's {@link HaloSession}: restores the encrypted tokens at start-up,
 * hands out an access token (refreshed `refreshMarginMs` ahead of expiry), refreshes once however
 * many requests were rejected at the same time (single flight), and signs out with the reason
 * when Halo refuses the refresh (revoked, `invalid_grant`). Signing out wipes tokens and caches.
 *
 * @usageNotes
 * The data layer injects `HaloSession`; the pane reads `state()` (where sign-in stands) and signs
 * out here; the sign-in flow is `SignInService` in `@halo-outlook/core/sign-in`.
 */
@Injectable({ providedIn: 'root' })
export class TokenService implements HaloSession {
  private readonly tenant = inject(TenantConfigStore);
  private readonly client = inject(TokenClient);
  private readonly vault = inject(TokenVault);
  private readonly log = inject(DiagnosticsLog);
  private readonly marginMs = inject(HALO_CORE_OPTIONS).refreshMarginMs;

  private readonly session = signal<{ readonly owner: string; readonly tokens: TokenSet } | null>(
    null,
  );
  /** The tokens, only while they belong to the configured tenant (a switch drops them). */
  private readonly tokens = computed(() => {
    const session = this.session();
    const config = this.tenant.config();
    return session && config && session.owner === tenantKey(config) ? session.tokens : null;
  });
  private readonly restoring = signal(true);
  private readonly reason = signal<AppError | null>(null);
  private readonly restored: Promise<void> = this.restore();
  private refreshing: Promise<string> | null = null;

  /** Where sign-in stands. */
  readonly state: Signal<AuthState> = computed<AuthState>(() => {
    if (!this.tenant.config()) return { status: 'setup' };
    if (this.restoring()) return { status: 'restoring' };
    const tokens = this.tokens();
    return tokens
      ? { status: 'signed-in', expiresAt: tokens.expiresAt, scope: tokens.scope }
      : { status: 'signed-out', reason: this.reason() };
  });

  /** Resolves once stored tokens were read at start-up. */
  ready(): Promise<void> {
    return this.restored;
  }

  /** The Halo API base URL, or null before set-up. */
  apiUrl(): string | null {
    return this.tenant.config()?.apiUrl ?? null;
  }

  /** A valid access token, refreshed first when it expires within the margin. */
  async getAccessToken(): Promise<string> {
    await this.restored;
    const tokens = this.requireTokens();
    if (tokens.expiresAt - this.marginMs > Date.now()) return tokens.accessToken;
    return this.refreshOnce();
  }

  /** After a 401 with `rejected`: the newer token if there is one, else one shared refresh. */
  async refreshAfterRejection(rejected: string): Promise<string> {
    await this.restored;
    const tokens = this.requireTokens();
    if (tokens.accessToken !== rejected) return tokens.accessToken;
    return this.refreshOnce();
  }

  /** Starts a session with tokens from a completed sign-in. */
  async establish(config: TenantConfig, tokens: TokenSet): Promise<void> {
    await this.restored;
    this.session.set({ owner: tenantKey(config), tokens });
    this.reason.set(null);
    await this.vault.save(tenantKey(config), tokens);
    this.log.record('auth', 'info', 'Signed in', { scope: tokens.scope });
  }

  /** Ends the session: forgets tokens, wipes tokens and caches; `reason` when not the user's choice. */
  async signOut(reason: AppError | null = null): Promise<void> {
    this.session.set(null);
    this.reason.set(reason);
    this.refreshing = null;
    this.log.record(
      'auth',
      reason ? 'warn' : 'info',
      reason ? `Signed out: ${reason.message}` : 'Signed out',
    );
    await this.vault.wipe();
  }

  private refreshOnce(): Promise<string> {
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async refresh(): Promise<string> {
    const config = this.tenant.config();
    const current = this.requireTokens();
    if (!config || !current.refreshToken) {
      const reason = sessionEnded('Your Halo session ended and cannot be renewed.');
      await this.signOut(reason);
      throw reason;
    }
    try {
      const next = await this.client.refresh(config, current.refreshToken);
      if (this.tokens() !== current) return this.requireTokens().accessToken;
      this.session.set({ owner: tenantKey(config), tokens: next });
      await this.vault
        .save(tenantKey(config), next)
        .catch((error: unknown) =>
          this.log.record('auth', 'warn', 'Refreshed tokens not stored', { detail: String(error) }),
        );
      this.log.record('auth', 'info', 'Access token refreshed');
      return next.accessToken;
    } catch (error) {
      const e = toAppError(error);
      if (e.kind !== 'unauthorized' && e.kind !== 'invalid-input') throw e;
      const reason = sessionEnded(e.message, e);
      await this.signOut(reason);
      throw reason;
    }
  }

  private requireTokens(): TokenSet {
    const tokens = this.tokens();
    if (tokens) return tokens;
    throw this.reason() ?? sessionEnded('You are not signed in to Halo.');
  }

  private async restore(): Promise<void> {
    try {
      const config = this.tenant.config();
      const owner = config ? tenantKey(config) : null;
      const tokens = owner ? await this.vault.load(owner) : null;
      if (owner && tokens && !this.session()) this.session.set({ owner, tokens });
    } catch (error) {
      this.log.record('auth', 'warn', 'Stored sign-in unreadable', { detail: String(error) });
    } finally {
      this.restoring.set(false);
    }
  }
}

function sessionEnded(message: string, cause?: AppError): AppError {
  return new AppError({
    kind: 'unauthorized',
    message,
    action: 'Sign in again.',
    detail: cause?.detail,
    retryable: false,
    cause,
  });
}
