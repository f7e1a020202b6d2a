import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  TEST_ORIGIN,
  TEST_REDIRECT,
  authorize,
  jwtClaims,
  msRequest,
  redeemCode,
  signIn,
  tokenRequest,
  withMicrosoftSimulator,
} from '../testing/ms-test-kit.js';

const MSAL_SCOPES = 'openid profile offline_access';

describe('authorization code + PKCE, as MSAL runs it (without a browser)', () => {
  it('signs a user in on the login form: code, tokens with Entra claims, refresh with rotation', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const page = await authorize(sim, { user: null });
      assert.equal(page.last.status, 200);
      assert.match(page.last.text, /<label for="login">Email<\/label>/);
      assert.match(page.last.text, /<label for="password">Password<\/label>/);
      assert.match(page.last.text, /MSP Example/);

      const result = await authorize(sim);
      assert.ok(
        result.redirect?.href.startsWith(`${TEST_REDIRECT}#`),
        'MSAL asks for the fragment',
      );
      assert.equal(result.params.get('state'), result.state);
      assert.ok(result.code);

      const redeemed = await tokenRequest(sim, {
        grant_type: 'authorization_code',
        code: result.code,
        code_verifier: result.verifier,
        redirect_uri: TEST_REDIRECT,
        scope: `User.Read ${MSAL_SCOPES}`,
      });
      assert.equal(redeemed.status, 200);
      assert.equal(redeemed.headers['access-control-allow-origin'], TEST_ORIGIN);
      const tokens = redeemed.json<Record<string, string | number>>();
      assert.equal(tokens['token_type'], 'Bearer');
      assert.equal(tokens['expires_in'], 3600);
      assert.equal(tokens['scope'], 'User.Read');
      assert.ok(tokens['refresh_token']);

      const alex = sim.tenants[0]?.users.find(
        (u) => u.userPrincipalName === 'alex.morgan@msp.example',
      );
      const id = jwtClaims(String(tokens['id_token']));
      assert.deepEqual(
        [
          id['iss'],
          id['aud'],
          id['tid'],
          id['oid'],
          id['preferred_username'],
          id['name'],
          id['nonce'],
          id['ver'],
        ],
        [
          sim.authority,
          sim.clientId,
          sim.tenantId,
          alex?.id,
          'alex.morgan@msp.example',
          'Alex Morgan',
          result.nonce,
          '2.0',
        ],
      );
      const access = jwtClaims(String(tokens['access_token']));
      assert.deepEqual(
        [access['aud'], access['scp'], access['tid'], access['oid'], access['iss']],
        ['https://graph.microsoft.com', 'User.Read', sim.tenantId, alex?.id, sim.authority],
      );

      // MSAL refreshes with offline_access in the scope; the refresh token is rotated.
      const refreshed = await tokenRequest(sim, {
        grant_type: 'refresh_token',
        refresh_token: String(tokens['refresh_token']),
        scope: `User.Read ${MSAL_SCOPES}`,
      });
      assert.equal(refreshed.status, 200, refreshed.text);
      const next = refreshed.json<Record<string, string>>();
      assert.ok(next['refresh_token'] && next['refresh_token'] !== tokens['refresh_token']);
      assert.equal(jwtClaims(next['access_token'])['scp'], 'User.Read');

      // A refresh token is also good for another consented permission (Entra's rule).
      const mail = await tokenRequest(sim, {
        grant_type: 'refresh_token',
        refresh_token: String(next['refresh_token']),
        scope: `https://graph.microsoft.com/Mail.Read ${MSAL_SCOPES}`,
      });
      assert.equal(mail.status, 200, mail.text);
      const mailTokens = mail.json<Record<string, string>>();
      assert.equal(mailTokens['scope'], 'https://graph.microsoft.com/Mail.Read');
      assert.equal(jwtClaims(mailTokens['access_token'])['scp'], 'Mail.Read');

      // The rotated-out refresh token is dead.
      const reused = await tokenRequest(sim, {
        grant_type: 'refresh_token',
        refresh_token: String(tokens['refresh_token']),
        scope: `User.Read ${MSAL_SCOPES}`,
      });
      assert.equal(reused.status, 400);
      assert.equal(reused.json()['error'], 'invalid_grant');
    }));

  it("returns Entra's client_info when asked (MSAL's homeAccountId is <oid>.<tid>)", () =>
    withMicrosoftSimulator({}, async (sim) => {
      const result = await authorize(sim);
      const res = await tokenRequest(sim, {
        grant_type: 'authorization_code',
        code: result.code ?? '',
        code_verifier: result.verifier,
        redirect_uri: TEST_REDIRECT,
        client_info: '1',
      });
      const clientInfo = res.json<{ client_info: string }>().client_info;
      const alex = sim.tenants[0]?.users.find(
        (u) => u.userPrincipalName === 'alex.morgan@msp.example',
      );
      assert.deepEqual(JSON.parse(Buffer.from(clientInfo, 'base64url').toString('utf8')), {
        uid: alex?.id,
        utid: sim.tenantId,
      });
    }));

  it("refuses a wrong password, an unknown user and a disabled account with Entra's messages", () =>
    withMicrosoftSimulator({}, async (sim) => {
      const wrong = await authorize(sim, { password: 'nope' });
      assert.equal(wrong.redirect, null);
      assert.match(
        wrong.last.text,
        /role="alert"[^>]*>Your account or password is incorrect.*AADSTS50126/,
      );
      const unknown = await authorize(sim, { user: 'nobody@msp.example' });
      assert.match(unknown.last.text, /AADSTS50034/);
      const disabled = await authorize(sim, { user: 'drew.patel@msp.example' });
      assert.match(disabled.last.text, /AADSTS50057: The user account is disabled/);
      const other = await authorize(sim, { user: 'blair.chen@msp.example' });
      assert.ok(other.code, 'another agent of the Halo simulator signs in too');
    }));

  it('says a login page without its sign-in (expired, or cookies lost) is gone, and how to go on', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const res = await msRequest(sim, `/${sim.tenantId}/oauth2/v2.0/login/no-such-interaction`);
      assert.equal(res.status, 400);
      assert.match(res.text, /role="alert".*Start the sign-in again from the app\./s);
    }));

  it('ends with access_denied when the user cancels', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const result = await authorize(sim, { cancel: true });
      assert.equal(result.error, 'access_denied');
      assert.equal(result.params.get('state'), result.state);
    }));

  it('requires PKCE S256, and a code is redeemed once, with its verifier', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const noPkce = await authorize(sim, { withoutPkce: true });
      assert.equal(noPkce.error, 'invalid_request');
      assert.match(noPkce.params.get('error_description') ?? '', /PKCE/);

      const result = await authorize(sim);
      const wrong = await tokenRequest(sim, {
        grant_type: 'authorization_code',
        code: result.code ?? '',
        code_verifier: 'x'.repeat(43),
        redirect_uri: TEST_REDIRECT,
      });
      assert.equal(wrong.status, 400);
      assert.equal(wrong.json()['error'], 'invalid_grant');

      const again = await authorize(sim);
      assert.ok((await redeemCode(sim, again)).access_token);
      const twice = await redeemCode(sim, again);
      assert.equal(twice.error, 'invalid_grant');
    }));

  it('allows any loopback page as redirect URI by default, and never redirects elsewhere', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const otherPort = await authorize(sim, {
        redirectUri: 'http://127.0.0.1:5173/popup-redirect.html',
      });
      assert.ok(otherPort.code);
      const localhost = await authorize(sim, { redirectUri: 'http://localhost:4200/' });
      assert.ok(localhost.code);

      const evil = await authorize(sim, { redirectUri: 'https://evil.example/callback' });
      assert.equal(evil.redirect, null);
      assert.equal(evil.last.status, 400);
      assert.equal(evil.last.location, null);
      assert.match(evil.last.text, /redirect_uri/);
    }));

  it('honours an explicit redirect URI list', () =>
    withMicrosoftSimulator({ redirectUris: ['http://127.0.0.1:4410/auth/*'] }, async (sim) => {
      assert.ok(
        (await authorize(sim, { redirectUri: 'http://127.0.0.1:4410/auth/entra.html' })).code,
      );
      const outside = await authorize(sim, { redirectUri: 'http://127.0.0.1:4410/other.html' });
      assert.equal(outside.last.status, 400);
    }));

  it('redeems tokens only cross-origin (Entra SPA rule) and only for allowed origins', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const result = await authorize(sim);
      const form = {
        grant_type: 'authorization_code',
        code: result.code ?? '',
        code_verifier: result.verifier,
        redirect_uri: TEST_REDIRECT,
      };
      const noOrigin = await tokenRequest(sim, form, { origin: null });
      assert.equal(noOrigin.status, 400);
      const body = noOrigin.json<{
        error: string;
        error_codes: number[];
        error_description: string;
      }>();
      assert.equal(body.error, 'invalid_request');
      assert.deepEqual(body.error_codes, [9002327]);
      assert.match(body.error_description, /^AADSTS9002327: .*cross-origin/);

      const foreign = await tokenRequest(sim, form, { origin: 'https://evil.example' });
      assert.equal(foreign.status, 400);
      assert.equal(foreign.headers['access-control-allow-origin'], undefined);
    }));

  it('signs in silently with the session (prompt=none), and says login_required without one', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const first = await authorize(sim);
      assert.ok(first.code);
      const silent = await authorize(sim, { prompt: 'none', jar: first.jar });
      assert.ok(silent.code, silent.params.toString());
      const noSession = await authorize(sim, { prompt: 'none' });
      assert.equal(noSession.error, 'login_required');
      const select = await authorize(sim, { prompt: 'select_account', jar: first.jar, user: null });
      assert.match(
        select.last.text,
        /<form method="post"/,
        'prompt=select_account shows the login page',
      );
    }));

  it('signs users of the second tenant in at its authority, with its tenant id', () =>
    withMicrosoftSimulator({ secondTenant: true }, async (sim) => {
      const second = sim.tenants[1];
      const tokens = await signIn(sim, {
        tenantId: second?.id,
        user: 'sam.rivera@tailspin-it.example',
      });
      const id = jwtClaims(tokens.id_token);
      assert.deepEqual(
        [id['tid'], id['iss'], id['name']],
        [second?.id, second?.authority, 'Sam Rivera'],
      );
      const wrongTenant = await authorize(sim, { tenantId: second?.id });
      assert.match(wrongTenant.last.text, /AADSTS50034/, 'Alex is not a user of the second tenant');
    }));
});
