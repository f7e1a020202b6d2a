import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  api,
  apiJson,
  authorizeCode,
  pkcePair,
  signIn,
  submitLogin,
  tokenRequest,
  withSimulator,
} from '../testing/sim-test-kit.js';

const REDIRECT = 'http://localhost:4200/auth/callback.html';

describe('OAuth 2 authorization code + PKCE', () => {
  it('shows a plain login page and signs an agent in end to end', () =>
    withSimulator({}, async (sim) => {
      const { challenge } = pkcePair();
      const page = await fetch(
        `${sim.url}/auth/authorize?response_type=code&client_id=${sim.clientId}&redirect_uri=${encodeURIComponent(REDIRECT)}&scope=all&state=s1&code_challenge=${challenge}&code_challenge_method=S256`,
      );
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /<form method="post"/);
      assert.match(html, /name="code_challenge" value="/);

      const login = await submitLogin(sim, challenge);
      assert.equal(login.status, 302);
      const location = new URL(login.headers.get('location') ?? '');
      assert.equal(`${location.origin}${location.pathname}`, REDIRECT);
      assert.equal(location.searchParams.get('state'), 'state-123');
      assert.ok(location.searchParams.get('code'));

      const token = await signIn(sim);
      assert.equal(token.token_type, 'Bearer');
      assert.equal(token.expires_in, 3600);
      assert.ok(token.access_token);
      assert.ok(token.refresh_token);
      const me = await apiJson<{ id: number; name: string }>(sim, '/Agent/me', {
        token: token.access_token,
      });
      assert.equal(me.status, 200);
      assert.deepEqual([me.body.id, me.body.name], [2, 'Alex Morgan']);
    }));

  it('rejects a wrong verifier, then the (consumed) code', () =>
    withSimulator({}, async (sim) => {
      const { code } = await authorizeCode(sim);
      const wrong = await tokenRequest(sim, {
        grant_type: 'authorization_code',
        code,
        code_verifier: pkcePair().verifier,
        redirect_uri: REDIRECT,
      });
      assert.equal(wrong.status, 400);
      assert.equal(((await wrong.json()) as { error: string }).error, 'invalid_grant');
      const missing = await tokenRequest(sim, {
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT,
      });
      assert.equal(missing.status, 400);
    }));

  it('rejects a reused code', () =>
    withSimulator({}, async (sim) => {
      const { code, verifier } = await authorizeCode(sim);
      const fields = {
        grant_type: 'authorization_code',
        code,
        code_verifier: verifier,
        redirect_uri: REDIRECT,
      };
      assert.equal((await tokenRequest(sim, fields)).status, 200);
      const again = await tokenRequest(sim, fields);
      assert.equal(again.status, 400);
      assert.equal(((await again.json()) as { error: string }).error, 'invalid_grant');
    }));

  it('rotates refresh tokens and accepts the previous one once', () =>
    withSimulator({}, async (sim) => {
      const first = await signIn(sim);
      const r1 = first.refresh_token ?? '';
      const refresh = async (token: string) =>
        tokenRequest(sim, { grant_type: 'refresh_token', refresh_token: token });
      const second = (await (await refresh(r1)).json()) as {
        access_token: string;
        refresh_token: string;
      };
      assert.ok(second.refresh_token);
      assert.notEqual(second.refresh_token, r1);
      assert.notEqual(second.access_token, first.access_token);
      assert.equal((await refresh(r1)).status, 200, 'previous refresh token accepted once more');
      const third = await refresh(r1);
      assert.equal(third.status, 400);
      assert.equal(((await third.json()) as { error: string }).error, 'invalid_grant');
      assert.equal((await refresh(second.refresh_token)).status, 200);
      assert.equal((await api(sim, '/Agent/me', { token: second.access_token })).status, 200);
    }));

  it('issues no refresh token without offline_access (switchable)', async () => {
    await withSimulator({}, async (sim) => {
      assert.equal((await signIn(sim, { scope: 'all' })).refresh_token, undefined);
    });
    await withSimulator({ refreshTokenRequiresOfflineAccess: false }, async (sim) => {
      assert.ok((await signIn(sim, { scope: 'all' })).refresh_token);
    });
  });

  it('redirects with error=access_denied when the agent cancels', () =>
    withSimulator({}, async (sim) => {
      const res = await submitLogin(sim, pkcePair().challenge, { action: 'cancel' });
      const location = new URL(res.headers.get('location') ?? '');
      assert.equal(location.searchParams.get('error'), 'access_denied');
      assert.equal(location.searchParams.get('state'), 'state-123');
    }));

  it('re-shows the form on a wrong password and refuses disabled agents', () =>
    withSimulator({}, async (sim) => {
      const wrong = await submitLogin(sim, pkcePair().challenge, { password: 'nope' });
      assert.equal(wrong.status, 200);
      assert.match(await wrong.text(), /Incorrect login or password/);
      const disabled = await submitLogin(sim, pkcePair().challenge, { login: 'drew' });
      assert.equal(disabled.status, 200);
    }));

  it('requires PKCE S256 for the public client and a registered redirect URI', () =>
    withSimulator({}, async (sim) => {
      const base = `${sim.url}/auth/authorize?response_type=code&client_id=${sim.clientId}&redirect_uri=${encodeURIComponent(REDIRECT)}&state=s`;
      const noPkce = await fetch(base, { redirect: 'manual' });
      assert.equal(noPkce.status, 302);
      assert.equal(
        new URL(noPkce.headers.get('location') ?? '').searchParams.get('error'),
        'invalid_request',
      );
      const plain = await fetch(`${base}&code_challenge=abc&code_challenge_method=plain`, {
        redirect: 'manual',
      });
      assert.equal(
        new URL(plain.headers.get('location') ?? '').searchParams.get('error'),
        'invalid_request',
      );
      const badRedirect = await fetch(
        base.replace(encodeURIComponent(REDIRECT), encodeURIComponent('https://evil.example/cb')),
        { redirect: 'manual' },
      );
      assert.equal(badRedirect.status, 400);
      const badClient = await fetch(base.replace(sim.clientId, 'nobody'), { redirect: 'manual' });
      assert.equal(badClient.status, 400);
    }));

  it('accepts ?tenant= and refuses a wrong or (when required) missing tenant', async () => {
    await withSimulator({}, async (sim) => {
      assert.ok((await signIn(sim, { tenant: 'halo-sim' })).access_token);
      const wrong = await submitLogin(sim, pkcePair().challenge, { tenant: 'other' });
      assert.equal(
        new URL(wrong.headers.get('location') ?? '').searchParams.get('error'),
        'invalid_request',
      );
    });
    await withSimulator({ requireTenant: true }, async (sim) => {
      const missing = await submitLogin(sim, pkcePair().challenge);
      assert.equal(
        new URL(missing.headers.get('location') ?? '').searchParams.get('error'),
        'invalid_request',
      );
      assert.ok((await signIn(sim, { tenant: 'halo-sim' })).access_token);
    });
  });

  it('serves /api/authinfo anonymously', () =>
    withSimulator({}, async (sim) => {
      const res = await fetch(`${sim.url}/api/AuthInfo`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), {
        auth_url: `${sim.url}/auth`,
        tenant_id: 'halo-sim',
        resource_url: `${sim.url}/api`,
      });
    }));
});

describe('bearer tokens on /api', () => {
  it('401 without, with a bad, or with an expired token', () =>
    withSimulator({}, async (sim) => {
      assert.equal((await fetch(`${sim.url}/api/Tickets`)).status, 401);
      assert.equal((await api(sim, '/Tickets', { token: 'not-a-token' })).status, 401);
      const short = sim.control.issueToken({ ttlSeconds: 1 });
      assert.equal((await api(sim, '/Agent/me', { token: short.access_token })).status, 200);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      assert.equal((await api(sim, '/Agent/me', { token: short.access_token })).status, 401);
    }));

  it('honours accessTokenTtlSeconds in the token response', () =>
    withSimulator({ accessTokenTtlSeconds: 5 }, async (sim) => {
      assert.equal((await signIn(sim)).expires_in, 5);
    }));

  it('403 when the token lacks the scope', () =>
    withSimulator({}, async (sim) => {
      const token = (await signIn(sim, { scope: 'read:tickets' })).access_token ?? '';
      assert.equal((await api(sim, '/Tickets', { token })).status, 200);
      assert.equal((await api(sim, '/Users', { token })).status, 403);
      assert.equal(
        (await api(sim, '/Tickets', { token, method: 'POST', json: [{ id: 1001, status_id: 2 }] }))
          .status,
        403,
      );
    }));

  it('refuses unknown scopes at authorize', () =>
    withSimulator({}, async (sim) => {
      const res = await submitLogin(sim, pkcePair().challenge, { scope: 'everything' });
      assert.equal(
        new URL(res.headers.get('location') ?? '').searchParams.get('error'),
        'invalid_scope',
      );
    }));
});
