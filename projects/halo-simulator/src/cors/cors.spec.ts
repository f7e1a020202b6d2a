import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { api, withSimulator } from '../testing/sim-test-kit.js';

function preflight(url: string, origin: string): Promise<Response> {
  return fetch(url, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'authorization',
    },
  });
}

describe('CORS like a Halo API application', () => {
  it('allows listed origins at preflight and on the call', () =>
    withSimulator({}, async (sim) => {
      const res = await preflight(`${sim.url}/api/Tickets`, 'http://localhost:4200');
      assert.equal(res.status, 204);
      assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:4200');
      assert.match(res.headers.get('access-control-allow-headers') ?? '', /authorization/i);
      const call = await api(sim, '/Agent/me', { headers: { Origin: 'http://localhost:4200' } });
      assert.equal(call.headers.get('access-control-allow-origin'), 'http://localhost:4200');
      const token = await preflight(`${sim.url}/auth/token`, 'http://127.0.0.1:4400');
      assert.equal(token.headers.get('access-control-allow-origin'), 'http://127.0.0.1:4400');
    }));

  it('gives any other origin no CORS headers, so the browser fails at preflight', () =>
    withSimulator({ corsOrigins: ['https://addin.example'] }, async (sim) => {
      const denied = await preflight(`${sim.url}/api/Tickets`, 'http://localhost:4200');
      assert.equal(denied.headers.get('access-control-allow-origin'), null);
      assert.equal(denied.headers.get('access-control-allow-methods'), null);
      const call = await api(sim, '/Agent/me', { headers: { Origin: 'https://evil.example' } });
      assert.equal(call.headers.get('access-control-allow-origin'), null);
      assert.equal(
        (await preflight(`${sim.url}/api/Tickets`, 'https://addin.example')).headers.get(
          'access-control-allow-origin',
        ),
        'https://addin.example',
      );
    }));

  it('can leave /auth without CORS (variant) and keeps /_sim open to localhost', () =>
    withSimulator({ variants: { corsOnAuth: false } }, async (sim) => {
      assert.equal(
        (await preflight(`${sim.url}/auth/token`, 'http://localhost:4200')).headers.get(
          'access-control-allow-origin',
        ),
        null,
      );
      const admin = await preflight(`${sim.url}/_sim/log`, 'http://localhost:5173');
      assert.equal(admin.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    }));
});
