import { startSimulator, type RunningSimulator } from '../simulator/start-simulator.js';
import { pkcePair } from './pkce-pair.js';
import type { SimulatorOptions } from '../simulator/simulator-options.js';

/** Starts a simulator (port 0, rate limit off unless given), runs `fn`, always stops it. */
export async function withSimulator(
  options: SimulatorOptions,
  fn: (sim: RunningSimulator) => Promise<void>,
): Promise<void> {
  const sim = await startSimulator({ rateLimit: false, ...options });
  try {
    await fn(sim);
  } finally {
    await sim.stop();
  }
}

/** A PKCE verifier and its S256 challenge (shared with the Microsoft simulator's tests). */
export { pkcePair } from './pkce-pair.js';

/** Options of {@link authorizeCode}. */
export interface AuthorizeOptions {
  login?: string;
  password?: string;
  scope?: string;
  redirectUri?: string;
  tenant?: string;
  action?: 'login' | 'cancel';
}

/** Posts the login form like a browser and returns the redirect `Location` (not followed). */
export async function submitLogin(
  sim: RunningSimulator,
  challenge: string,
  options: AuthorizeOptions = {},
): Promise<Response> {
  const form = new URLSearchParams({
    response_type: 'code',
    client_id: sim.clientId,
    redirect_uri: options.redirectUri ?? 'http://localhost:4200/auth/callback.html',
    scope: options.scope ?? 'all offline_access',
    state: 'state-123',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    login: options.login ?? 'alex',
    password: options.password ?? 'halo',
    action: options.action ?? 'login',
  });
  const query = options.tenant ? `?tenant=${encodeURIComponent(options.tenant)}` : '';
  return fetch(`${sim.url}/auth/authorize${query}`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
  });
}

/** Runs the login and returns the authorization code and the verifier. */
export async function authorizeCode(
  sim: RunningSimulator,
  options: AuthorizeOptions = {},
): Promise<{ code: string; verifier: string }> {
  const { verifier, challenge } = pkcePair();
  const res = await submitLogin(sim, challenge, options);
  const location = res.headers.get('location');
  if (res.status !== 302 || !location) throw new Error(`login did not redirect (${res.status})`);
  const code = new URL(location).searchParams.get('code');
  if (!code) throw new Error(`no code in ${location}`);
  return { code, verifier };
}

/** POSTs a form to `/auth/token`. */
export function tokenRequest(
  sim: RunningSimulator,
  fields: Record<string, string>,
  tenant?: string,
): Promise<Response> {
  const query = tenant ? `?tenant=${encodeURIComponent(tenant)}` : '';
  return fetch(`${sim.url}/auth/token${query}`, {
    method: 'POST',
    body: new URLSearchParams({ client_id: sim.clientId, ...fields }),
  });
}

/** The JSON body of a token response. */
export interface TokenBody {
  access_token?: string;
  refresh_token?: string;
  token_type?: string;
  expires_in?: number;
  scope?: string;
  error?: string;
  error_description?: string;
}

/** Full PKCE sign-in; returns the token response body. */
export async function signIn(
  sim: RunningSimulator,
  options: AuthorizeOptions = {},
): Promise<TokenBody> {
  const { code, verifier } = await authorizeCode(sim, options);
  const res = await tokenRequest(
    sim,
    {
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: options.redirectUri ?? 'http://localhost:4200/auth/callback.html',
    },
    options.tenant,
  );
  return (await res.json()) as TokenBody;
}

/** A fetch against `/api` with a bearer token (token from `control.issueToken()` when omitted). */
export async function api(
  sim: RunningSimulator,
  path: string,
  init: RequestInit & { token?: string; json?: unknown } = {},
): Promise<Response> {
  const token = init.token ?? sim.control.issueToken().access_token;
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${token}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(init.json);
  }
  return fetch(`${sim.url}/api${path}`, { ...init, headers, body });
}

/** GET `/api<path>` and parse JSON (asserting nothing). */
export async function apiJson<T = unknown>(
  sim: RunningSimulator,
  path: string,
  init: RequestInit & { token?: string; json?: unknown } = {},
): Promise<{ status: number; body: T; text: string }> {
  const res = await api(sim, path, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // plain-text bodies stay strings
  }
  return { status: res.status, body: body as T, text };
}
