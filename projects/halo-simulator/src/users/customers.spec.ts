import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIXED } from '../seed/fixed-records.js';
import { api, apiJson, withSimulator } from '../testing/sim-test-kit.js';

interface UserRow {
  id: number;
  emailaddress: string;
  client_id: number;
  site_id: number;
  site_id_int: number;
  inactive: boolean;
}

describe('/api/Users, /api/Client, /api/Site', () => {
  it('Users: { record_count, users }, LIKE search on e-mail, site_id as a double', () =>
    withSimulator({}, async (sim) => {
      const res = await apiJson<{ record_count: number; users: UserRow[] }>(
        sim,
        `/Users?search=${encodeURIComponent('@northwind.example')}`,
      );
      assert.equal(res.status, 200);
      assert.deepEqual(Object.keys(res.body).sort(), ['record_count', 'users']);
      assert.deepEqual(
        res.body.users.map((u) => u.client_id).sort(),
        [2, 3],
        'two clients share the domain',
      );
      const alice = await api(sim, `/Users?search=${encodeURIComponent(FIXED.emails.alice)}`);
      const text = await alice.text();
      assert.match(text, /"site_id":1\.0,"site_id_int":1/);
      assert.equal(
        (await apiJson<{ users: UserRow[] }>(sim, `/Users?search=${FIXED.domains.unknown}`)).body
          .users.length,
        0,
      );
    }));

  it('Users: client_id filter, inactive excluded unless includeinactive, GET by id', () =>
    withSimulator({}, async (sim) => {
      const active = (await apiJson<{ users: UserRow[] }>(sim, '/Users?client_id=1')).body.users;
      assert.deepEqual(
        active.map((u) => u.id),
        [1, 2],
      );
      const all = (
        await apiJson<{ users: UserRow[] }>(sim, '/Users?client_id=1&includeinactive=true')
      ).body.users;
      assert.deepEqual(
        all.map((u) => u.id),
        [1, 2, 3],
      );
      assert.equal((await apiJson<UserRow>(sim, '/Users/1')).body.emailaddress, FIXED.emails.alice);
      assert.equal((await api(sim, '/Users/99999')).status, 404);
    }));

  it('Users: create needs a name and a site (400), returns 201 + the user', () =>
    withSimulator({}, async (sim) => {
      const created = await apiJson<UserRow>(sim, '/Users', {
        method: 'POST',
        json: [{ name: 'Zed New', emailaddress: 'zed@contoso-dental.example', site_id: 1 }],
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.client_id, 1);
      const noSite = await apiJson<string>(sim, '/Users', {
        method: 'POST',
        json: [{ name: 'No Site', client_id: 1 }],
      });
      assert.equal(noSite.status, 400);
      assert.match(noSite.text, /site_id is required/);
      assert.equal(
        (await api(sim, '/Users', { method: 'POST', json: [{ site_id: 1 }] })).status,
        400,
      );
      assert.equal(
        (
          await api(sim, '/Users', {
            method: 'POST',
            json: [{ name: 'x', site_id: 1, client_id: 2 }],
          })
        ).status,
        400,
      );
    }));

  it('Client: { record_count, clients }, search, inactive, get; ?domain= is ignored', () =>
    withSimulator({}, async (sim) => {
      const res = await apiJson<{ record_count: number; clients: { id: number; name: string }[] }>(
        sim,
        '/Client?search=northwind',
      );
      assert.deepEqual(
        res.body.clients.map((c) => c.name),
        ['Northwind Legal', 'Northwind Logistics'],
      );
      assert.equal(
        (await apiJson<{ clients: unknown[] }>(sim, '/Client?search=adatum')).body.clients.length,
        0,
      );
      assert.equal(
        (await apiJson<{ clients: unknown[] }>(sim, '/Client?search=adatum&includeinactive=true'))
          .body.clients.length,
        1,
      );
      const all = (await apiJson<{ record_count: number }>(sim, '/Client')).body.record_count;
      assert.equal(
        (await apiJson<{ record_count: number }>(sim, `/Client?domain=${FIXED.domains.contoso}`))
          .body.record_count,
        all,
      );
      assert.equal((await apiJson<{ name: string }>(sim, '/Client/1')).body.name, 'Contoso Dental');
      assert.equal((await api(sim, '/Client/9999')).status, 404);
    }));

  it('Site: { record_count, sites } by client_id, client_id as a double, e-mail domain', () =>
    withSimulator({}, async (sim) => {
      const res = await api(sim, '/Site?client_id=1');
      const text = await res.text();
      const body = JSON.parse(text) as {
        record_count: number;
        sites: { id: number; emaildomain: string }[];
      };
      assert.equal(body.record_count, 2);
      assert.ok(body.sites.every((s) => s.emaildomain === FIXED.domains.contoso));
      assert.match(text, /"client_id":1\.0/);
      assert.equal((await api(sim, '/Site/9999')).status, 404);
    }));
});
