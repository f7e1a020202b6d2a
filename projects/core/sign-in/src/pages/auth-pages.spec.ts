import { ɵOfficeApi as OfficeApi } from '@halo-outlook/core';
import { AuthCallbackMessage } from '../auth-message';
import { pkceChallenge } from '../pkce';
import { AUTH_SESSION_KEY, AuthPageEnvironment } from './auth-page-environment';
import { runAuthCallbackPage } from './run-auth-callback-page';
import { runAuthStartPage } from './run-auth-start-page';

const ORIGIN = 'https://addin.example';

/** A page environment over real sessionStorage that records what the page did. */
function page(url: string, office: OfficeApi | null = null) {
  const did = {
    navigated: [] as string[],
    shown: [] as string[],
    posted: [] as [string, string][],
    closed: false,
  };
  const env: AuthPageEnvironment = {
    url,
    session: sessionStorage,
    office,
    opener: {
      postMessage: (message: unknown, origin: string) => did.posted.push([String(message), origin]),
    } as Pick<Window, 'postMessage'>,
    navigate: (to) => did.navigated.push(to),
    close: () => (did.closed = true),
    show: (text) => did.shown.push(text),
  };
  return { env, did };
}

/** An Office.js in a dialog: ready at once, `messageParent` recorded. */
function dialogOffice(sent: [string, unknown][]): OfficeApi {
  return {
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: { ui: { messageParent: (m: string, o: unknown) => sent.push([m, o]) } },
  } as unknown as OfficeApi;
}

const START =
  `${ORIGIN}/auth/start.html?authorize=${encodeURIComponent('https://acme.halopsa.com/auth/authorize')}` +
  '&client_id=client-1&scope=all%20offline_access&tenant=acme&request=req-1&mode=office';

describe('sign-in pages', () => {
  afterEach(() => sessionStorage.removeItem(AUTH_SESSION_KEY));

  it('start page goes to Halo with PKCE S256, state and the same-origin callback', async () => {
    const { env, did } = page(START);
    await runAuthStartPage(env);

    const authorize = new URL(did.navigated[0]);
    const saved = JSON.parse(sessionStorage.getItem(AUTH_SESSION_KEY) ?? '{}');
    expect(authorize.origin + authorize.pathname).toBe('https://acme.halopsa.com/auth/authorize');
    expect(Object.fromEntries(authorize.searchParams)).toEqual({
      tenant: 'acme',
      response_type: 'code',
      client_id: 'client-1',
      redirect_uri: `${ORIGIN}/auth/callback.html`,
      scope: 'all offline_access',
      state: saved.state,
      code_challenge: await pkceChallenge(saved.codeVerifier),
      code_challenge_method: 'S256',
    });
    expect(saved.state).toMatch(/^[A-Za-z0-9\-_]{43}$/);
  });

  it('start page refuses to redirect anywhere but an authorize endpoint', async () => {
    const { env, did } = page(
      `${ORIGIN}/auth/start.html?authorize=${encodeURIComponent('https://evil.example/login')}&client_id=c&request=r`,
    );
    await runAuthStartPage(env);
    expect(did.navigated).toEqual([]);
    expect(did.shown[0]).toContain('Sign in again');
  });

  async function startThenCallback(
    query: (state: string) => string,
    office: OfficeApi | null,
    mode = 'office',
  ) {
    await runAuthStartPage(page(START.replace('mode=office', `mode=${mode}`)).env);
    const { state, codeVerifier } = JSON.parse(sessionStorage.getItem(AUTH_SESSION_KEY) ?? '{}');
    const callback = page(`${ORIGIN}/auth/callback.html?${query(state)}`, office);
    const message = await runAuthCallbackPage(callback.env);
    return { message, codeVerifier, did: callback.did };
  }

  it('callback hands code and verifier to the pane with messageParent to its own origin only', async () => {
    const sent: [string, unknown][] = [];
    const { message, codeVerifier } = await startThenCallback(
      (s) => `code=abc&state=${s}`,
      dialogOffice(sent),
    );
    expect(sent.length).toBe(1);
    expect(sent[0][1]).toEqual({ targetOrigin: ORIGIN });
    expect(JSON.parse(sent[0][0])).toEqual({
      type: 'halo-outlook/auth',
      request: 'req-1',
      ok: true,
      code: 'abc',
      codeVerifier,
      redirectUri: `${ORIGIN}/auth/callback.html`,
    });
    expect(message?.ok).toBeTrue();
    expect(sessionStorage.getItem(AUTH_SESSION_KEY)).toBeNull();
  });

  it('callback rejects a mismatched state and never sends the code', async () => {
    const sent: [string, unknown][] = [];
    await startThenCallback(() => 'code=stolen&state=forged', dialogOffice(sent));
    const message = JSON.parse(sent[0][0]) as AuthCallbackMessage;
    expect(message.ok).toBeFalse();
    expect(message.ok ? '' : message.error).toBe('state_mismatch');
    expect(sent[0][0]).not.toContain('stolen');
  });

  it('callback passes Halo’s error on, for the pane to explain', async () => {
    const sent: [string, unknown][] = [];
    await startThenCallback(
      (s) => `error=access_denied&error_description=User%20cancelled&state=${s}`,
      dialogOffice(sent),
    );
    expect(JSON.parse(sent[0][0])).toEqual(
      jasmine.objectContaining({
        ok: false,
        error: 'access_denied',
        description: 'User cancelled',
      }),
    );
  });

  it('callback in a popup posts to its opener at its own origin and closes', async () => {
    const { did } = await startThenCallback((s) => `code=abc&state=${s}`, null, 'popup');
    expect(did.posted.length).toBe(1);
    expect(did.posted[0][1]).toBe(ORIGIN);
    expect(JSON.parse(did.posted[0][0]).code).toBe('abc');
    expect(did.closed).toBeTrue();
  });

  it('callback without a started sign-in sends nothing and says what to do', async () => {
    const sent: [string, unknown][] = [];
    const callback = page(`${ORIGIN}/auth/callback.html?code=abc&state=x`, dialogOffice(sent));
    expect(await runAuthCallbackPage(callback.env)).toBeNull();
    expect(sent).toEqual([]);
    expect(callback.did.shown[0]).toContain('Sign in again');
  });
});
