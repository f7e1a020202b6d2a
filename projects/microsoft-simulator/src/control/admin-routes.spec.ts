import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  TEST_ORIGIN,
  graphGet,
  msRequest,
  signIn,
  tokenRequest,
  withMicrosoftSimulator,
} from '../testing/ms-test-kit.js';

describe('the admin API (/_ms, test facility)', () => {
  it('describes the simulator: authority, client id, Graph URL, users, consent, mailbox', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const res = await msRequest(sim, '/_ms', { headers: { Origin: TEST_ORIGIN } });
      assert.equal(res.status, 200);
      assert.equal(res.headers['access-control-allow-origin'], TEST_ORIGIN);
      const info = res.json<{
        clientId: string;
        graphUrl: string;
        tenants: {
          id: string;
          authority: string;
          users: { userPrincipalName: string; accountEnabled: boolean }[];
        }[];
        consentedScopes: string[];
        mailbox: { owner: string; messages: { file: string; id: string }[] };
      }>();
      assert.equal(info.clientId, 'halo-outlook-entra-dev');
      assert.equal(info.graphUrl, sim.graphUrl);
      assert.equal(info.tenants[0]?.authority, sim.authority);
      assert.deepEqual(
        info.tenants[0]?.users.map((u) => [u.userPrincipalName, u.accountEnabled]),
        [
          ['alex.morgan@msp.example', true],
          ['blair.chen@msp.example', true],
          ['casey.reed@msp.example', true],
          ['drew.patel@msp.example', false],
          ['emery.walsh@msp.example', true],
        ],
      );
      assert.deepEqual(info.consentedScopes, ['User.Read', 'Mail.Read']);
      assert.equal(info.mailbox.owner, 'alex.morgan@msp.example');
      assert.equal(info.mailbox.messages.length, sim.mailbox.messages.length);
      const pem = await msRequest(sim, '/_ms/certificate');
      assert.equal(pem.text, sim.certificate);
    }));

  it('switches consent, issues test tokens, and reads and clears the log', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const put = await msRequest(sim, '/_ms/consent', {
        method: 'PUT',
        json: { scopes: ['User.Read'] },
      });
      assert.deepEqual(put.json(), { scopes: ['User.Read'] });
      const bad = await msRequest(sim, '/_ms/consent', {
        method: 'PUT',
        json: { scopes: ['Nope.Read'] },
      });
      assert.equal(bad.status, 400);
      assert.match(bad.json<{ error: string }>().error, /Unknown Graph permission/);

      const issued = await msRequest(sim, '/_ms/tokens', {
        method: 'POST',
        json: { user: 'casey.reed@msp.example', scopes: ['User.Read'] },
      });
      assert.equal(issued.status, 201);
      const me = await graphGet(sim, '/me', issued.json<{ access_token: string }>().access_token);
      assert.equal(me.json<{ displayName: string }>().displayName, 'Casey Reed');
      const unknownUser = await msRequest(sim, '/_ms/tokens', {
        method: 'POST',
        json: { user: 'nobody@msp.example' },
      });
      assert.equal(unknownUser.status, 400);

      const log = await msRequest(sim, '/_ms/log?area=graph&method=GET');
      const entries = log.json<{
        count: number;
        entries: { path: string; token: { user: string } | null }[];
      }>();
      assert.equal(entries.count, 1);
      assert.equal(entries.entries[0]?.token?.user, 'casey.reed@msp.example');
      await msRequest(sim, '/_ms/log', { method: 'DELETE' });
      assert.equal(sim.control.requestLog().length, 0);
    }));

  it('reset restores consent, clears the log, and revokes refresh tokens', () =>
    withMicrosoftSimulator({ consentedScopes: ['User.Read', 'Mail.Read'] }, async (sim) => {
      const tokens = await signIn(sim);
      sim.control.setConsentedScopes(['User.Read']);
      const reset = await msRequest(sim, '/_ms/reset', { method: 'POST' });
      assert.deepEqual(reset.json(), { ok: true, consentedScopes: ['User.Read', 'Mail.Read'] });
      assert.equal(sim.control.requestLog().length, 0);
      const refresh = await tokenRequest(sim, {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token ?? '',
      });
      assert.equal(refresh.status, 400);
      assert.equal(refresh.json()['error'], 'invalid_grant');
    }));

  it('logs identity requests too (without the admin calls)', () =>
    withMicrosoftSimulator({}, async (sim) => {
      await signIn(sim);
      const paths = sim.control
        .requestLog({ area: 'identity' })
        .map((e) => `${e.method} ${e.path.replace(sim.tenantId, '<tid>')}`);
      assert.ok(paths.includes('GET /<tid>/oauth2/v2.0/authorize'));
      assert.ok(paths.includes('POST /<tid>/oauth2/v2.0/token'));
      assert.ok(!sim.control.requestLog().some((e) => e.path.startsWith('/_ms')));
    }));
});
