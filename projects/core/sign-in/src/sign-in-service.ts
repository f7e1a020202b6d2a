import { Injectable, inject } from '@angular/core';
import {
  AppError,
  DiagnosticsLog,
  HALO_CORE_OPTIONS,
  type TenantConfig,
  TenantConfigStore,
  TokenClient,
  TokenService,
  toAppError,
  ɵOFFICE as OFFICE,
} from '@halo-outlook/core';
import { AuthDialog } from './dialog/auth-dialog';
import { AuthCallbackMessage, parseAuthMessage } from './auth-message';
import { randomUrlSafe } from './pkce';
import type { SignInResult } from './sign-in-result';

/**
 * Sign-in as the pane drives it: Authorization Code + PKCE through the sign-in pages
 * (`auth/start.html` → Halo → `auth/callback.html`) shown by the Office dialog or a popup. The
 * callback page hands the code and its verifier back; this service checks the answer is for this
 * sign-in and exchanges the code. It never throws: the result says signed-in, cancelled (the user
 * closed the window or refused) or failed with an `AppError` to show.
 *
 * @usageNotes
 * ```ts
 * const auth = inject(SignInService);
 * const result = await auth.signIn();
 * if (result.outcome === 'failed') banner.show(result.error);
 * ```
 */
@Injectable({ providedIn: 'root' })
export class SignInService {
  private readonly tokens = inject(TokenService);
  private readonly tenant = inject(TenantConfigStore);
  private readonly dialog = inject(AuthDialog);
  private readonly client = inject(TokenClient);
  private readonly options = inject(HALO_CORE_OPTIONS);
  private readonly inOffice = inject(OFFICE) !== null;
  private readonly log = inject(DiagnosticsLog);
  private pending: Promise<SignInResult> | null = null;

  /** Signs in; a second call while a sign-in is open joins it. */
  signIn(): Promise<SignInResult> {
    this.pending ??= this.run().finally(() => (this.pending = null));
    return this.pending;
  }

  private async run(): Promise<SignInResult> {
    const config = this.tenant.config();
    if (!config) return failed(notSetUp());
    const request = randomUrlSafe(16);
    const origin = globalThis.location.origin;
    try {
      const outcome = await this.dialog.open(this.startUrl(config, request), origin);
      if (outcome.kind === 'cancelled') return { outcome: 'cancelled' };
      const message = parseAuthMessage(outcome.message);
      if (!message || message.request !== request) {
        this.log.record('auth', 'warn', 'Sign-in answer did not match this sign-in');
        return failed(mismatch());
      }
      if (!message.ok) return this.refused(message, config);
      const tokens = await this.client.exchangeCode(config, {
        code: message.code,
        codeVerifier: message.codeVerifier,
        redirectUri: message.redirectUri,
      });
      await this.tokens.establish(config, tokens);
      return { outcome: 'signed-in' };
    } catch (error) {
      const e = toAppError(error);
      this.log.record('auth', 'warn', `Sign-in failed: ${e.message}`, { detail: e.detail ?? null });
      return failed(e);
    }
  }

  private startUrl(config: TenantConfig, request: string): string {
    const url = new URL(this.options.authStartPage, globalThis.document.baseURI);
    url.search = new URLSearchParams({
      authorize: `${config.authUrl}/authorize`,
      client_id: config.clientId,
      scope: this.options.scope,
      request,
      mode: this.inOffice ? 'office' : 'popup',
      ...(config.tenant ? { tenant: config.tenant } : {}),
    }).toString();
    return url.href;
  }

  private refused(
    message: Extract<AuthCallbackMessage, { ok: false }>,
    config: TenantConfig,
  ): SignInResult {
    this.log.record('auth', 'warn', `Sign-in refused: ${message.error}`);
    if (message.error === 'access_denied') return { outcome: 'cancelled' };
    if (message.error === 'state_mismatch' || message.error === 'no_session')
      return failed(mismatch());
    if (message.error === 'invalid_client' || message.error === 'unauthorized_client') {
      return failed(
        new AppError({
          kind: 'invalid-input',
          message: `Halo does not know the client id “${config.clientId}”.`,
          action:
            'Copy the client id of the Halo API application (Configuration > Integrations > Halo API) into the set-up screen.',
          retryable: false,
        }),
      );
    }
    return failed(
      new AppError({
        kind: 'unauthorized',
        message: `Halo refused the sign-in${message.description ? `: ${message.description}` : '.'}`,
        action:
          'Check the API application’s settings in Halo (redirect URI, login type), then sign in again.',
        detail: `${message.error} ${message.description}`.trim(),
        retryable: false,
      }),
    );
  }
}

function failed(error: AppError): SignInResult {
  return { outcome: 'failed', error };
}

function notSetUp(): AppError {
  return new AppError({
    kind: 'invalid-input',
    message: 'Halo is not set up yet.',
    action: 'Enter your Halo address and client id first.',
    retryable: false,
  });
}

function mismatch(): AppError {
  return new AppError({
    kind: 'unauthorized',
    message: 'The sign-in answer did not belong to this sign-in, so it was not used.',
    action: 'Choose Sign in to start again.',
    retryable: true,
  });
}
