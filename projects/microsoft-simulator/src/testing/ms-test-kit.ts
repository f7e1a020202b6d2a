import { randomBytes } from 'node:crypto';
import { pkcePair } from '../boundary/halo-simulator.js';
import type { MicrosoftSimulatorOptions } from '../simulator/microsoft-simulator-options.js';
import {
  type RunningMicrosoftSimulator,
  startMicrosoftSimulator,
} from '../simulator/start-microsoft-simulator.js';
import { CookieJar } from './cookie-jar.js';
import { type HttpsRequestInit, type HttpsResponse, httpsRequest } from './https-client.js';

/** The app origin the tests pretend to be (CORS and the SPA rule need one). */
export const TEST_ORIGIN = 'http://127.0.0.1:4400';

/** The redirect page the tests use (allowed by the default rule: any loopback page). */
export const TEST_REDIRECT = `${TEST_ORIGIN}/auth/entra-redirect.html`;

/** Starts a simulator (port 0), runs `fn`, always stops it. */
export async function withMicrosoftSimulator(
  options: MicrosoftSimulatorOptions,
  fn: (sim: RunningMicrosoftSimulator) => Promise<void>,
): Promise<void> {
  const sim = await startMicrosoftSimulator(options);
  try {
    await fn(sim);
  } finally {
    await sim.stop();
  }
}

/** An HTTPS request to the simulator (path or full URL), trusting its certificate. */
export function msRequest(
  sim: RunningMicrosoftSimulator,
  pathOrUrl: string,
  init: HttpsRequestInit = {},
): Promise<HttpsResponse> {
  return httpsRequest(new URL(pathOrUrl, sim.url), sim.certificate, init);
}

/** Options of {@link authorize}. */
export interface AuthorizeOptions {
  /** Space-separated scopes (default `User.Read openid profile offline_access`, as MSAL sends). */
  scope?: string;
  /** Sign-in name (default `alex.morgan@msp.example`); null = stop at the login page. */
  user?: string | null;
  password?: string;
  /** Press Cancel on the login page instead. */
  cancel?: boolean;
  prompt?: string;
  responseMode?: 'query' | 'fragment';
  redirectUri?: string;
  /** Tenant (default the first). */
  tenantId?: string;
  /** Leave out the PKCE challenge. */
  withoutPkce?: boolean;
  /** Cookies of an earlier sign-in (its session). */
  jar?: CookieJar;
}

/** Where an authorization request ended. */
export interface AuthorizeResult {
  /** The redirect back to the app, or null when the flow stopped before (see `last`). */
  readonly redirect: URL | null;
  /** The response parameters (query or fragment). */
  readonly params: URLSearchParams;
  readonly code: string | null;
  readonly error: string | null;
  readonly verifier: string;
  readonly nonce: string;
  readonly state: string;
  /** The last response from the simulator (the login page, an error page). */
  readonly last: HttpsResponse;
  readonly jar: CookieJar;
}

function formAction(html: string): string | null {
  return /<form method="post" action="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? null;
}

/**
 * Runs an authorization request like a browser, without one: follows the simulator's redirects
 * with a cookie jar, fills the login form, and stops at the redirect to the app.
 */
export async function authorize(
  sim: RunningMicrosoftSimulator,
  options: AuthorizeOptions = {},
): Promise<AuthorizeResult> {
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(8).toString('hex');
  const nonce = randomBytes(8).toString('hex');
  const redirectUri = options.redirectUri ?? TEST_REDIRECT;
  const jar = options.jar ?? new CookieJar();
  const params = new URLSearchParams({
    client_id: sim.clientId,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: options.scope ?? 'User.Read openid profile offline_access',
    state,
    nonce,
    response_mode: options.responseMode ?? 'fragment',
    ...(options.withoutPkce ? {} : { code_challenge: challenge, code_challenge_method: 'S256' }),
    ...(options.prompt ? { prompt: options.prompt } : {}),
  });
  // Where the flow ended: at the redirect to the app, or (null) stopped before it (see `last`).
  const ended = (last: HttpsResponse, redirect: URL | null): AuthorizeResult => {
    const answer = new URLSearchParams(
      redirect ? (redirect.hash ? redirect.hash.slice(1) : redirect.search) : '',
    );
    return {
      redirect,
      params: answer,
      code: answer.get('code'),
      error: answer.get('error'),
      verifier,
      nonce,
      state,
      last,
      jar,
    };
  };
  let url: URL | null = new URL(
    `${sim.url}/${options.tenantId ?? sim.tenantId}/oauth2/v2.0/authorize?${params}`,
  );
  let init: HttpsRequestInit = {};
  for (let hop = 0; hop < 12 && url; hop++) {
    const last = await httpsRequest(url, sim.certificate, {
      ...init,
      headers: { ...init.headers, Cookie: jar.header() },
    });
    jar.store(last.headers['set-cookie']);
    init = {};
    const next: URL | null = last.location;
    if (next && next.href.startsWith(redirectUri)) return ended(last, next);
    const action = last.status === 200 ? formAction(last.text) : null;
    if (next) {
      url = next;
    } else if (action && options.user !== null) {
      url = new URL(action, url);
      init = {
        form: {
          login: options.user ?? 'alex.morgan@msp.example',
          password: options.password ?? 'halo',
          action: options.cancel ? 'cancel' : 'login',
        },
      };
      if (hop > 0 && last.text.includes('role="alert"')) return ended(last, null);
    } else {
      return ended(last, null);
    }
  }
  throw new Error('authorize: too many redirects');
}

/** The JSON of a token response. */
export interface TokenBody {
  access_token?: string;
  id_token?: string;
  refresh_token?: string;
  token_type?: string;
  expires_in?: number;
  scope?: string;
  error?: string;
  error_description?: string;
  error_codes?: number[];
  suberror?: string;
}

/** POSTs a form to a tenant's token endpoint, from {@link TEST_ORIGIN} unless `origin` is null. */
export function tokenRequest(
  sim: RunningMicrosoftSimulator,
  form: Record<string, string>,
  options: { origin?: string | null; tenantId?: string } = {},
): Promise<HttpsResponse> {
  const origin = options.origin === undefined ? TEST_ORIGIN : options.origin;
  return msRequest(sim, `/${options.tenantId ?? sim.tenantId}/oauth2/v2.0/token`, {
    form: { client_id: sim.clientId, ...form },
    headers: origin ? { Origin: origin } : {},
  });
}

/** Redeems an authorization code (with its PKCE verifier). */
export async function redeemCode(
  sim: RunningMicrosoftSimulator,
  result: AuthorizeResult,
  options: { redirectUri?: string; tenantId?: string } = {},
): Promise<TokenBody> {
  if (!result.code) throw new Error(`no code: ${result.error ?? result.last.status}`);
  const response = await tokenRequest(
    sim,
    {
      grant_type: 'authorization_code',
      code: result.code,
      code_verifier: result.verifier,
      redirect_uri: options.redirectUri ?? TEST_REDIRECT,
      scope: 'User.Read openid profile offline_access',
    },
    { tenantId: options.tenantId },
  );
  return response.json<TokenBody>();
}

/** A full sign-in: authorize (login form) and code redemption. */
export async function signIn(
  sim: RunningMicrosoftSimulator,
  options: AuthorizeOptions = {},
): Promise<TokenBody> {
  return redeemCode(sim, await authorize(sim, options), options);
}

/** The claims of a JWT (not verified: for assertions on what a token says). */
export function jwtClaims(token: string | undefined): Record<string, unknown> {
  const payload = token?.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** GET on Graph (`/me/messages`, …) with a bearer token, from {@link TEST_ORIGIN}. */
export function graphGet(
  sim: RunningMicrosoftSimulator,
  path: string,
  token: string | null,
): Promise<HttpsResponse> {
  return msRequest(sim, `${sim.graphUrl}${path}`, {
    headers: { Origin: TEST_ORIGIN, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
}
