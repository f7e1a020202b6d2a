// Test helpers for the Entra library's specs: a fake MSAL client whose answers a spec sets and
// whose calls it records, a signed-in account, token results and MSAL's own error classes.
import { EnvironmentProviders } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  ServerError,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
  type PopupRequest,
  type SilentRequest,
} from '@azure/msal-browser';
import type { EntraSettings } from '@halo-outlook/core';
import type { EntraSignInMode } from '../client/entra-client';
import { provideEntra } from '../provide/provide-entra';
import { ENTRA_PREFERENCES } from '../session/sign-out-memory';

/** The tenant of the fake account. */
export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/** The organisation's settings in the specs. */
export const SETTINGS: EntraSettings = {
  clientId: '0f6b7a52-3c5e-4d0b-9a51-7c1f1c2e9d10',
  authority: 'https://login.microsoftonline.com/organizations',
  authorityKind: 'entra',
  graphUrl: 'https://graph.microsoft.com/v1.0',
};

/** The redirect page in the specs. */
export const REDIRECT_URI = 'https://addin.example/auth/entra-redirect.html';

/** Alex's Microsoft account. */
export const ALEX: AccountInfo = {
  homeAccountId: `oid-alex.${TENANT_ID}`,
  environment: 'login.microsoftonline.com',
  tenantId: TENANT_ID,
  username: 'alex@contoso.example',
  localAccountId: 'oid-alex',
  name: 'Alex Morgan',
};

/** An MSAL result: a token for `scopes`, granting `granted` (default: the same). */
export function tokenFor(
  scopes: readonly string[],
  token = 'at-1',
  granted: readonly string[] = scopes,
): AuthenticationResult {
  return {
    accessToken: token,
    account: ALEX,
    scopes: [...granted],
    tenantId: TENANT_ID,
  } as unknown as AuthenticationResult;
}

/** MSAL's errors, as it throws them. */
export const msalErrors = {
  interactionRequired: () =>
    new InteractionRequiredAuthError(
      'interaction_required',
      'correlation-1',
      'AADSTS50058: no session',
    ),
  consentRequired: () =>
    new InteractionRequiredAuthError(
      'invalid_grant',
      'correlation-1',
      'AADSTS65001: The user or administrator has not consented to use the application.',
      'consent_required',
    ),
  consentDeclined: () =>
    new ServerError('access_denied', 'correlation-1', 'AADSTS65004: User declined to consent.'),
  cancelled: () => new BrowserAuthError('user_cancelled', 'correlation-1'),
  popupBlocked: () => new BrowserAuthError('popup_window_error', 'correlation-1'),
  noNetwork: () => new BrowserAuthError('no_network_connectivity', 'correlation-1'),
  redirectMismatch: () =>
    new ServerError(
      'invalid_request',
      'correlation-1',
      'AADSTS50011: The redirect URI does not match.',
    ),
};

type Answer = (request: SilentRequest | PopupRequest) => Promise<AuthenticationResult>;

/** A fake MSAL client: set `silent`, `popup` and `login`; read `calls`. */
export class FakePca {
  accounts: AccountInfo[] = [];
  active: AccountInfo | null = null;
  readonly calls: string[] = [];
  silent: Answer = async () => Promise.reject(msalErrors.interactionRequired());
  popup: Answer = async (request) => tokenFor(request.scopes);
  login: Answer = async (request) => tokenFor(request.scopes);
  clearCacheFails = false;

  getAllAccounts(): AccountInfo[] {
    return [...this.accounts];
  }
  getActiveAccount(): AccountInfo | null {
    return this.active;
  }
  setActiveAccount(account: AccountInfo | null): void {
    this.active = account;
  }
  getAccount(filter: { homeAccountId?: string }): AccountInfo | null {
    return this.accounts.find((a) => a.homeAccountId === filter.homeAccountId) ?? null;
  }
  async acquireTokenSilent(request: SilentRequest): Promise<AuthenticationResult> {
    this.calls.push(`silent ${request.scopes.join(' ')}${request.account ? ' as alex' : ''}`);
    return this.remember(await this.silent(request));
  }
  async acquireTokenPopup(request: PopupRequest): Promise<AuthenticationResult> {
    this.calls.push(`popup ${request.scopes.join(' ')}`);
    return this.remember(await this.popup(request));
  }
  async loginPopup(request: PopupRequest): Promise<AuthenticationResult> {
    this.calls.push(`login ${request.scopes.join(' ')} prompt=${request.prompt}`);
    return this.remember(await this.login(request));
  }
  async clearCache(request?: { account?: AccountInfo }): Promise<void> {
    this.calls.push(`clearCache ${request?.account?.username ?? ''}`.trim());
    if (this.clearCacheFails) throw new Error('unsupported');
    this.accounts = [];
  }

  /** As an MSAL client. */
  asPca(): IPublicClientApplication {
    return this as unknown as IPublicClientApplication;
  }

  private remember(result: AuthenticationResult): AuthenticationResult {
    if (
      result.account &&
      !this.accounts.some((a) => a.homeAccountId === result.account?.homeAccountId)
    ) {
      this.accounts.push(result.account);
    }
    return result;
  }
}

/** A `Storage` in memory. */
export function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/** Configures TestBed with the Entra services over `pca`, in `mode`, and a testing HttpClient. */
export function configureEntra(
  pca: FakePca,
  mode: EntraSignInMode,
  storage = memoryStorage(),
  settings: EntraSettings = SETTINGS,
): void {
  const providers: (EnvironmentProviders | object)[] = [
    provideEntra({ pca: pca.asPca(), mode }, settings, REDIRECT_URI),
    { provide: ENTRA_PREFERENCES, useValue: storage },
    provideHttpClient(),
    provideHttpClientTesting(),
  ];
  TestBed.configureTestingModule({ providers: providers as never[] });
}
