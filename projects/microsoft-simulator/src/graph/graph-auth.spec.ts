import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  TEST_ORIGIN,
  graphGet,
  msRequest,
  withMicrosoftSimulator,
} from '../testing/ms-test-kit.js';

interface GraphErrorBody {
  error: { code: string; message: string; innerError: { 'request-id': string; date: string } };
}

describe('Graph access control', () => {
  it("answers missing, malformed, foreign and expired tokens with Graph's 401", () =>
    withMicrosoftSimulator({}, async (sim) => {
      const none = await graphGet(sim, '/me/messages', null);
      assert.equal(none.status, 401);
      assert.deepEqual(
        [none.json<GraphErrorBody>().error.code, none.json<GraphErrorBody>().error.message],
        ['InvalidAuthenticationToken', 'Access token is empty.'],
      );
      assert.match(String(none.headers['www-authenticate']), /^Bearer /);
      assert.ok(none.json<GraphErrorBody>().error.innerError['request-id']);

      const garbage = await graphGet(sim, '/me/messages', 'not-a-jwt');
      assert.equal(garbage.status, 401);
      assert.match(
        garbage.json<GraphErrorBody>().error.message,
        /^Access token validation failure\. /,
      );

      const expired = await graphGet(
        sim,
        '/me',
        sim.control.issueToken({ ttlSeconds: -600 }).access_token,
      );
      assert.equal(expired.status, 401);
      assert.equal(
        expired.json<GraphErrorBody>().error.message,
        'Lifetime validation failed, the token is expired.',
      );

      // A token signed by another authority (another simulator) is refused.
      await withMicrosoftSimulator({}, async (other) => {
        const foreign = await graphGet(sim, '/me', other.control.issueToken().access_token);
        assert.equal(foreign.status, 401);
        assert.equal(foreign.json<GraphErrorBody>().error.code, 'InvalidAuthenticationToken');
      });
    }));

  it("answers a token without the permission with Graph's 403", () =>
    withMicrosoftSimulator({}, async (sim) => {
      const userOnly = sim.control.issueToken({ scopes: ['User.Read'] }).access_token;
      const messages = await graphGet(sim, '/me/messages', userOnly);
      assert.equal(messages.status, 403);
      assert.deepEqual(
        [messages.json<GraphErrorBody>().error.code, messages.json<GraphErrorBody>().error.message],
        ['ErrorAccessDenied', 'Access is denied. Check credentials and try again.'],
      );

      const mailOnly = sim.control.issueToken({ scopes: ['Mail.Read'] }).access_token;
      const me = await graphGet(sim, '/me', mailOnly);
      assert.equal(me.status, 403);
      assert.equal(me.json<GraphErrorBody>().error.code, 'Authorization_RequestDenied');
    }));

  it('with Mail.ReadBasic only: messages without body or preview, and no MIME', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const basic = sim.control.issueToken({ scopes: ['Mail.ReadBasic'] }).access_token;
      const list = await graphGet(sim, '/me/messages?$top=1', basic);
      assert.equal(list.status, 200);
      const [message] = list.json<{ value: Record<string, unknown>[] }>().value;
      assert.ok(
        message && 'subject' in message && !('body' in message) && !('bodyPreview' in message),
      );
      const mime = await graphGet(sim, `/me/messages/${String(message?.['id'])}/$value`, basic);
      assert.equal(mime.status, 403);
    }));

  it('lets loopback origins call Graph (CORS preflight and response), and no one else', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const preflight = await msRequest(sim, `${sim.graphUrl}/me/messages`, {
        method: 'OPTIONS',
        headers: {
          Origin: TEST_ORIGIN,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers['access-control-allow-origin'], TEST_ORIGIN);
      assert.equal(preflight.headers['access-control-allow-headers'], 'authorization');

      const ok = await graphGet(sim, '/me', sim.control.issueToken().access_token);
      assert.equal(ok.headers['access-control-allow-origin'], TEST_ORIGIN);

      const foreign = await msRequest(sim, `${sim.graphUrl}/me`, {
        headers: {
          Origin: 'https://evil.example',
          Authorization: `Bearer ${sim.control.issueToken().access_token}`,
        },
      });
      assert.equal(foreign.headers['access-control-allow-origin'], undefined);
    }));

  it('records each Graph call with the caller and its scopes', () =>
    withMicrosoftSimulator({}, async (sim) => {
      await graphGet(
        sim,
        '/me/messages?$top=2',
        sim.control.issueToken({ scopes: ['Mail.Read'] }).access_token,
      );
      await graphGet(sim, '/me', null);
      const entries = sim.control.requestLog({ area: 'graph' });
      assert.deepEqual(
        entries.map((e) => [
          e.method,
          e.path,
          e.query['$top'],
          e.status,
          e.token?.user,
          e.token?.scopes,
        ]),
        [
          ['GET', '/graph/v1.0/me/messages', '2', 200, 'alex.morgan@msp.example', ['Mail.Read']],
          ['GET', '/graph/v1.0/me', undefined, 401, undefined, undefined],
        ],
      );
    }));

  it('answers paths it does not serve with a Graph error', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const token = sim.control.issueToken().access_token;
      const unknown = await graphGet(sim, '/me/mailFolders', token);
      assert.equal(unknown.status, 400);
      assert.equal(
        unknown.json<GraphErrorBody>().error.message,
        "Resource not found for the segment 'mailFolders'.",
      );
      const post = await msRequest(sim, `${sim.graphUrl}/me/messages`, {
        method: 'POST',
        json: {},
        headers: { Authorization: `Bearer ${token}` },
      });
      assert.equal(post.status, 405);
    }));
});
