import { Injectable, inject } from '@angular/core';
import { AppError } from '../errors/app-error';
import { FETCH } from '../network/fetch-function';
import { explainNetworkFailure } from '../network/network-failure';
import { TokenSet, parseTokenResponse } from './token-set';

/** Where and as whom to call Halo's token endpoint. */
export interface TokenEndpoint {
  /** The auth server (`https://acme.halopsa.com/auth`). */
  readonly authUrl: string;
  /** The API application's client id. */
  readonly clientId: string;
  /** The tenant, sent as `?tenant=` when known. */
  readonly tenant: string | null;
}

/**
 * Halo's token endpoint (`POST <auth>/token`, form-urlencoded, `?tenant=` when known) for a
 * public client: the code exchange with PKCE, refresh, and a probe that tells whether a client
 * id exists. OAuth errors become `AppError`s: `invalid_grant` → `unauthorized` (sign in again),
 * `invalid_client` and other refusals → `invalid-input` (fix the set-up), 429 → `rate-limited`,
 * 5xx → `server`, no response → `cors` or `offline`.
 */
@Injectable({ providedIn: 'root' })
export class TokenClient {
  private readonly fetchFn = inject(FETCH);

  /** Exchanges an authorization code (with its PKCE verifier) for tokens. */
  exchangeCode(
    endpoint: TokenEndpoint,
    grant: { code: string; codeVerifier: string; redirectUri: string },
  ): Promise<TokenSet> {
    return this.request(endpoint, {
      grant_type: 'authorization_code',
      code: grant.code,
      code_verifier: grant.codeVerifier,
      redirect_uri: grant.redirectUri,
    });
  }

  /** Uses a refresh token; the old one is kept when Halo does not rotate it. */
  refresh(endpoint: TokenEndpoint, refreshToken: string): Promise<TokenSet> {
    return this.request(
      endpoint,
      { grant_type: 'refresh_token', refresh_token: refreshToken },
      refreshToken,
    );
  }

  /**
   * Checks that Halo knows `clientId` and lets this origin call the token endpoint, by sending a
   * refresh grant with a token that cannot exist: `invalid_client` means the id is unknown, any
   * other OAuth answer means it is known. Rejects with the `AppError` to show.
   */
  async probeClient(endpoint: TokenEndpoint): Promise<void> {
    try {
      await this.refresh(endpoint, 'halo-outlook-client-probe');
    } catch (error) {
      if (error instanceof AppError && error.kind === 'unauthorized') return;
      throw error;
    }
  }

  private async request(
    endpoint: TokenEndpoint,
    form: Record<string, string>,
    previousRefreshToken: string | null = null,
  ): Promise<TokenSet> {
    const url = tokenUrl(endpoint);
    const body = new URLSearchParams({ ...form, client_id: endpoint.clientId });
    let response: Response;
    try {
      response = await this.fetchFn(url, {
        method: 'POST',
        credentials: 'omit',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body,
      });
    } catch (error) {
      throw await explainNetworkFailure(url, error, this.fetchFn);
    }
    const json = await response.text().then(
      (text) => safeJson(text),
      () => undefined,
    );
    const tokens = response.ok ? parseTokenResponse(json, Date.now(), previousRefreshToken) : null;
    if (tokens) return tokens;
    throw tokenError(response.status, json, endpoint);
  }
}

function tokenUrl(endpoint: TokenEndpoint): string {
  const url = new URL(`${endpoint.authUrl.replace(/\/+$/, '')}/token`);
  if (endpoint.tenant) url.searchParams.set('tenant', endpoint.tenant);
  return url.href;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function tokenError(status: number, body: unknown, endpoint: TokenEndpoint): AppError {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const code = typeof b['error'] === 'string' ? b['error'] : '';
  const description = typeof b['error_description'] === 'string' ? b['error_description'] : '';
  const detail = `token endpoint ${status} ${code} ${description}`.trim();
  if (code === 'invalid_client' || code === 'unauthorized_client') {
    return new AppError({
      kind: 'invalid-input',
      message: `Halo does not know the client id “${endpoint.clientId}”.`,
      action:
        'Copy the client id of the Halo API application (Configuration > Integrations > Halo API) into the set-up screen.',
      detail,
      retryable: false,
    });
  }
  if (code === 'invalid_grant') {
    return new AppError({
      kind: 'unauthorized',
      message: 'Your Halo sign-in has expired or was revoked.',
      action: 'Sign in again.',
      detail,
    });
  }
  if (status === 429) {
    return new AppError({
      kind: 'rate-limited',
      message: 'Halo is busy right now.',
      action: 'Wait a minute, then try again.',
      detail,
    });
  }
  if (status >= 500 || (status === 200 && !code)) {
    return new AppError({
      kind: 'server',
      message: 'Halo’s sign-in server answered with an error.',
      action: 'Try again in a few minutes.',
      detail,
    });
  }
  return new AppError({
    kind: 'invalid-input',
    message: `Halo refused the sign-in${description ? `: ${description}` : '.'}`,
    action: 'Check the Halo address and client id in the set-up screen, then sign in again.',
    detail,
    retryable: false,
  });
}
