import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { api, withSimulator } from '../testing/sim-test-kit.js';
import { createSeedData } from './create-seed-data.js';
import { FIXED } from './fixed-records.js';

describe('seed data', () => {
  it('is deterministic per seed and differs between seeds (fixed records excepted)', () => {
    assert.deepEqual(createSeedData(42), createSeedData(42));
    const a = createSeedData(1);
    const b = createSeedData(2);
    assert.notDeepEqual(a.users, b.users);
    assert.deepEqual(
      a.tickets.filter((t) => t.id < 1008),
      b.tickets.filter((t) => t.id < 1008),
    );
  });

  it('has a realistic MSP size and the documented fixed records', () => {
    const data = createSeedData(1);
    assert.equal(data.clients.length, 40);
    assert.ok(data.sites.length >= 50 && data.sites.length <= 70, `${data.sites.length} sites`);
    assert.equal(data.users.length, 300);
    assert.equal(data.tickets.length, 400);
    assert.ok(data.actions.length > 800);
    assert.equal(
      data.clients.find((c) => c.id === FIXED.clients.contosoDental)?.name,
      'Contoso Dental',
    );
    const northwind = data.sites
      .filter((s) => s.emaildomain === FIXED.domains.northwind)
      .map((s) => s.client_id);
    assert.deepEqual(northwind, [FIXED.clients.northwindLegal, FIXED.clients.northwindLogistics]);
    assert.ok(data.users.some((u) => u.inactive) && data.clients.some((c) => c.inactive));
    assert.ok(!data.users.some((u) => u.emailaddress.endsWith(FIXED.domains.unknown)));
    assert.ok(
      data.users.filter((u) => u.client_id === FIXED.clients.publicDomainSenders).length > 1,
    );
    assert.ok(data.users.every((u) => /\.example$/.test(u.emailaddress)));
    assert.equal(
      data.actions.find((a) => a.internet_message_id === FIXED.messageIds.printerThread)?.ticket_id,
      FIXED.tickets.printer,
    );
    assert.equal(new Set(data.ticketTypes.map((t) => t.id)).size, data.ticketTypes.length);
    assert.ok(new Set(data.tickets.map((t) => t.status_id)).size >= 5);
  });

  it('persists to a JSON file when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'halo-sim-'));
    const file = join(dir, 'data.json');
    try {
      await withSimulator({ persistPath: file }, async (sim) => {
        assert.equal(
          (
            await api(sim, '/Tickets', {
              method: 'POST',
              json: [{ summary: 'persisted', client_id: 1 }],
            })
          ).status,
          201,
        );
      });
      await withSimulator({ persistPath: file }, async (sim) => {
        assert.equal(sim.data.tickets.find((t) => t.id === 1401)?.summary, 'persisted');
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
