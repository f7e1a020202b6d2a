import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MSP_TENANT_ID, SECOND_TENANT_ID } from '../directory/fixed-tenants.js';
import { TEST_ORIGIN, msRequest, withMicrosoftSimulator } from '../testing/ms-test-kit.js';

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  end_session_endpoint: string;
  code_challenge_methods_supported: string[];
  response_types_supported: string[];
}

describe('OpenID discovery, as MSAL fetches it', () => {
  it('serves the metadata MSAL needs at <authority>/.well-known/openid-configuration, Entra-shaped', () =>
    withMicrosoftSimulator({}, async (sim) => {
      assert.equal(sim.authority, `${sim.url}/${MSP_TENANT_ID}/v2.0`);
      assert.match(sim.url, /^https:\/\/127\.0\.0\.1:\d+$/);
      // MSAL (protocolMode OIDC, authority ending in /v2.0) fetches exactly this URL, cross-origin.
      const res = await msRequest(sim, `${sim.authority}/.well-known/openid-configuration`, {
        headers: { Origin: TEST_ORIGIN },
      });
      assert.equal(res.status, 200);
      assert.ok(
        res.headers['access-control-allow-origin'],
        'discovery must be readable cross-origin',
      );
      const doc = res.json<Discovery>();
      const tenantBase = `${sim.url}/${MSP_TENANT_ID}`;
      assert.deepEqual(
        {
          issuer: doc.issuer,
          authorization_endpoint: doc.authorization_endpoint,
          token_endpoint: doc.token_endpoint,
          jwks_uri: doc.jwks_uri,
          end_session_endpoint: doc.end_session_endpoint,
        },
        {
          issuer: sim.authority,
          authorization_endpoint: `${tenantBase}/oauth2/v2.0/authorize`,
          token_endpoint: `${tenantBase}/oauth2/v2.0/token`,
          jwks_uri: `${tenantBase}/discovery/v2.0/keys`,
          end_session_endpoint: `${tenantBase}/oauth2/v2.0/logout`,
        },
      );
      assert.deepEqual(doc.code_challenge_methods_supported, ['S256']);
      assert.deepEqual(doc.response_types_supported, ['code']);

      const keys = (await msRequest(sim, doc.jwks_uri)).json<{
        keys: { kid: string; kty: string; d?: string }[];
      }>();
      assert.equal(keys.keys.length, 1);
      assert.equal(keys.keys[0]?.kty, 'RSA');
      assert.equal(keys.keys[0]?.d, undefined, 'the JWKS must not publish the private key');
    }));

  it('describes the MSAL configuration the app needs', () =>
    withMicrosoftSimulator({ clientId: 'my-app' }, async (sim) => {
      assert.deepEqual(sim.msalConfiguration, {
        auth: {
          clientId: 'my-app',
          authority: sim.authority,
          knownAuthorities: [`127.0.0.1:${sim.port}`],
        },
        system: { protocolMode: 'OIDC' },
      });
      assert.equal(sim.graphUrl, `${sim.url}/graph/v1.0`);
    }));

  it('serves a second tenant at its own authority when switched on, and nothing at unknown tenants', () =>
    withMicrosoftSimulator({ secondTenant: true }, async (sim) => {
      assert.deepEqual(
        sim.tenants.map((t) => [t.id, t.name]),
        [
          [MSP_TENANT_ID, 'MSP Example'],
          [SECOND_TENANT_ID, 'Tailspin IT'],
        ],
      );
      const second = sim.tenants[1]?.authority ?? '';
      const doc = (
        await msRequest(sim, `${second}/.well-known/openid-configuration`)
      ).json<Discovery>();
      assert.equal(doc.issuer, second);
      const unknown = await msRequest(
        sim,
        `/00000000-0000-0000-0000-000000000000/v2.0/.well-known/openid-configuration`,
      );
      assert.equal(unknown.status, 404);
      assert.match(unknown.text, new RegExp(MSP_TENANT_ID));
    }));

  it('serves only one tenant by default', () =>
    withMicrosoftSimulator({}, async (sim) => {
      assert.equal(sim.tenants.length, 1);
      const res = await msRequest(
        sim,
        `/${SECOND_TENANT_ID}/v2.0/.well-known/openid-configuration`,
      );
      assert.equal(res.status, 404);
    }));
});
