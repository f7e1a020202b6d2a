import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  authorize,
  jwtClaims,
  signIn,
  tokenRequest,
  withMicrosoftSimulator,
} from '../testing/ms-test-kit.js';

const MSAL_SCOPES = 'openid profile offline_access';

describe('admin consent and scopes', () => {
  it('grants consented Graph permissions in either spelling, without a consent page', () =>
    withMicrosoftSimulator({ consentedScopes: ['User.Read', 'Mail.Read'] }, async (sim) => {
      const tokens = await signIn(sim, {
        scope: `https://graph.microsoft.com/User.Read Mail.Read ${MSAL_SCOPES}`,
      });
      assert.equal(tokens.scope, 'https://graph.microsoft.com/User.Read Mail.Read');
      assert.equal(jwtClaims(tokens.access_token)['scp'], 'User.Read Mail.Read');
    }));

  it('ends a sign-in for a permission the admin did not consent to with consent_required (AADSTS65001)', () =>
    withMicrosoftSimulator({ consentedScopes: ['User.Read'] }, async (sim) => {
      const result = await authorize(sim, { scope: `User.Read Mail.Read ${MSAL_SCOPES}` });
      assert.equal(result.error, 'consent_required');
      assert.match(result.params.get('error_description') ?? '', /^AADSTS65001: .*Mail\.Read/);
      assert.equal(result.params.get('state'), result.state);
      assert.equal(result.code, null);
    }));

  it('refuses a refresh for a permission that is not consented: invalid_grant with suberror consent_required', () =>
    withMicrosoftSimulator({ consentedScopes: ['User.Read'] }, async (sim) => {
      const tokens = await signIn(sim);
      const refused = await tokenRequest(sim, {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token ?? '',
        scope: `Mail.Read ${MSAL_SCOPES}`,
      });
      assert.equal(refused.status, 400);
      const body = refused.json<Record<string, unknown>>();
      assert.equal(body['error'], 'invalid_grant');
      assert.equal(body['suberror'], 'consent_required'); // MSAL: InteractionRequiredAuthError
      assert.deepEqual(body['error_codes'], [65001]);
      assert.match(String(body['error_description']), /^AADSTS65001: /);
      assert.ok(refused.headers['access-control-allow-origin'], 'the app can read the error');

      // Once the admin consents, the same refresh token gets it.
      sim.control.setConsentedScopes(['User.Read', 'Mail.Read']);
      const granted = await tokenRequest(sim, {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token ?? '',
        scope: `Mail.Read ${MSAL_SCOPES}`,
      });
      assert.equal(granted.status, 200, granted.text);
      assert.equal(
        jwtClaims(granted.json<{ access_token: string }>().access_token)['scp'],
        'Mail.Read',
      );
    }));

  it('takes consent back for later refreshes', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const tokens = await signIn(sim, { scope: `Mail.Read ${MSAL_SCOPES}` });
      assert.equal(jwtClaims(tokens.access_token)['scp'], 'Mail.Read');
      sim.control.setConsentedScopes(['User.Read']);
      const refused = await tokenRequest(sim, {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token ?? '',
        scope: `Mail.Read ${MSAL_SCOPES}`,
      });
      assert.equal(refused.json()['suberror'], 'consent_required');
    }));

  it('answers an unknown scope with invalid_scope (AADSTS70011), at sign-in and on refresh', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const result = await authorize(sim, { scope: `Mail.Teleport ${MSAL_SCOPES}` });
      assert.equal(result.error, 'invalid_scope');
      assert.match(result.params.get('error_description') ?? '', /^AADSTS70011: .*Mail\.Teleport/);

      const tokens = await signIn(sim);
      const refused = await tokenRequest(sim, {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token ?? '',
        scope: `Files.Teleport ${MSAL_SCOPES}`,
      });
      assert.equal(refused.status, 400);
      assert.equal(refused.json()['error'], 'invalid_scope');
    }));

  it('answers a silent sign-in for a permission not consented with consent_required', () =>
    withMicrosoftSimulator({ consentedScopes: ['User.Read'] }, async (sim) => {
      const first = await authorize(sim);
      assert.ok(first.code);
      const silent = await authorize(sim, {
        prompt: 'none',
        jar: first.jar,
        scope: `Mail.Read ${MSAL_SCOPES}`,
      });
      assert.equal(silent.error, 'consent_required');
    }));

  it('answers prompt=consent with the admin consent, without a page', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const tokens = await signIn(sim, { prompt: 'consent', scope: `Mail.Read ${MSAL_SCOPES}` });
      assert.equal(jwtClaims(tokens.access_token)['scp'], 'Mail.Read');
    }));

  it('gives every consented permission for .default', () =>
    withMicrosoftSimulator({ consentedScopes: ['User.Read', 'Mail.ReadBasic'] }, async (sim) => {
      const tokens = await signIn(sim, {
        scope: `https://graph.microsoft.com/.default ${MSAL_SCOPES}`,
      });
      assert.equal(jwtClaims(tokens.access_token)['scp'], 'User.Read Mail.ReadBasic');
    }));

  it('refuses to consent to a permission it does not know', () =>
    withMicrosoftSimulator({}, async (sim) => {
      assert.throws(
        () => sim.control.setConsentedScopes(['Mail.Teleport']),
        /Unknown Graph permission "Mail\.Teleport"/,
      );
      assert.deepEqual(sim.control.consentedScopes(), ['User.Read', 'Mail.Read']);
    }));
});
