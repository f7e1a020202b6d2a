import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIXED } from '../seed/fixed-records.js';
import { FIELD_IDS } from '../seed/reference-data.js';
import { api, apiJson, withSimulator } from '../testing/sim-test-kit.js';

interface Row {
  id: number;
  summary: string;
  status_id: number;
  client_id: number;
  user_id: number;
  customfields?: { id: number; name: string; value: unknown; display: string }[];
  [key: string]: unknown;
}
interface Envelope {
  record_count: number;
  tickets: Row[];
  page_no?: number;
  page_size?: number;
}

describe('/api/Tickets', () => {
  it('lists as { record_count, tickets } with Halo row fields; paths are case-insensitive', () =>
    withSimulator({}, async (sim) => {
      const { status, body } = await apiJson<Envelope>(sim, '/tickets?client_id=1');
      assert.equal(status, 200);
      assert.deepEqual(Object.keys(body).sort(), ['record_count', 'tickets']);
      assert.ok(body.tickets.length >= 4);
      const row = body.tickets.find((t) => t.id === FIXED.tickets.printer);
      assert.ok(row);
      for (const key of [
        'summary',
        'status_id',
        'status_name',
        'tickettype_id',
        'tickettype_name',
        'client_name',
        'site_id',
        'user_id',
        'user_name',
        'user_email',
        'agent_id',
        'agent_name',
        'team',
        'priority_id',
        'dateoccurred',
        'lastactiondate',
        'timetaken',
      ]) {
        assert.ok(key in row, key);
      }
      assert.match(String(row['dateoccurred']), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
      assert.equal(row.customfields, undefined, 'no custom fields without include_custom_fields');
      assert.equal(
        (await apiJson<Envelope>(sim, '/TICKETS?client_id=1')).body.record_count,
        body.record_count,
      );
    }));

  it('filters by user, agent, status, open_only and search; ignores unknown filters', () =>
    withSimulator({}, async (sim) => {
      const alice = (await apiJson<Envelope>(sim, `/Tickets?user_id=${FIXED.users.alice}`)).body;
      assert.deepEqual(
        alice.tickets.map((t) => t.id),
        [1001, 1002, 1003],
      );
      const open = (
        await apiJson<Envelope>(sim, `/Tickets?user_id=${FIXED.users.alice}&open_only=true`)
      ).body;
      assert.deepEqual(
        open.tickets.map((t) => t.id),
        [1001, 1002],
      );
      const byAgent = (await apiJson<Envelope>(sim, '/Tickets?agent_id=2&count=500')).body;
      assert.ok(byAgent.tickets.every((t) => t['agent_id'] === 2));
      const byStatus = (await apiJson<Envelope>(sim, '/Tickets?status_id=9&count=500')).body;
      assert.ok(byStatus.record_count > 0 && byStatus.tickets.every((t) => t.status_id === 9));
      const tagged = (
        await apiJson<Envelope>(sim, `/Tickets?search=${encodeURIComponent('[ID: 1001]')}`)
      ).body;
      assert.ok(tagged.tickets.some((t) => t.id === FIXED.tickets.taggedReply));
      const all = (await apiJson<Envelope>(sim, '/Tickets')).body.record_count;
      const ignored = (
        await apiJson<Envelope>(sim, '/Tickets?field_CFOutlookConversationId=nothing&bogus=1')
      ).body.record_count;
      assert.equal(ignored, all);
    }));

  it('pages with pageinate/page_size/page_no (max 100), count, order/orderdesc', () =>
    withSimulator({}, async (sim) => {
      const page = (
        await apiJson<Envelope>(sim, '/Tickets?pageinate=true&page_size=10&page_no=2&order=id')
      ).body;
      assert.equal(page.page_no, 2);
      assert.equal(page.page_size, 10);
      assert.equal(page.tickets.length, 10);
      assert.equal(page.tickets[0]?.id, 1011);
      assert.equal(page.record_count, sim.data.tickets.length);
      assert.equal(
        (await apiJson<Envelope>(sim, '/Tickets?pageinate=true&page_size=500')).body.tickets.length,
        100,
      );
      const desc = (await apiJson<Envelope>(sim, '/Tickets?count=3&order=id&orderdesc=true')).body;
      assert.deepEqual(
        desc.tickets.map((t) => t.id),
        [1400, 1399, 1398],
      );
      assert.equal(
        (await apiJson<Envelope>(sim, '/Tickets')).body.tickets.length,
        50,
        'unpaged default limit',
      );
    }));

  it('includes requested custom fields in list rows, all of them on GET by id', () =>
    withSimulator({}, async (sim) => {
      const list = (
        await apiJson<Envelope>(
          sim,
          `/Tickets?ticketids=1001&include_custom_fields=${FIELD_IDS.outlookConversationId}`,
        )
      ).body;
      assert.deepEqual(
        list.tickets[0]?.customfields?.map((c) => [c.name, c.value]),
        [['CFOutlookConversationId', FIXED.conversationIds.printer]],
      );
      const one = await apiJson<Row>(sim, '/Tickets/1001');
      assert.equal(one.status, 200);
      assert.equal(one.body['internet_message_id'], FIXED.messageIds.printerThread);
      const impact = one.body.customfields?.find((c) => c.name === 'CFimpact');
      assert.deepEqual([impact?.value, impact?.display], [3, 'Single User Affected']);
      assert.equal((await api(sim, '/Tickets/999999')).status, 404);
    }));

  it('creates (201, single object) and updates by POST with id', () =>
    withSimulator({}, async (sim) => {
      const created = await apiJson<Row>(sim, '/Tickets', {
        method: 'POST',
        json: [
          {
            summary: 'Logged from Outlook',
            details_html: '<p>Hi</p>',
            user_id: FIXED.users.alice,
            tickettype_id: 1,
            customfields: [{ name: 'CFOutlookConversationId', value: 'conv-1' }],
          },
        ],
      });
      assert.equal(created.status, 201);
      assert.ok(!Array.isArray(created.body));
      assert.equal(created.body.client_id, FIXED.clients.contosoDental);
      assert.equal(created.body.id, 1401);
      const updated = await apiJson<Row>(sim, '/Tickets', {
        method: 'POST',
        json: [
          {
            id: 1401,
            status_id: 2,
            agent_id: 3,
            customfields: [{ id: FIELD_IDS.impact, value: 1 }],
          },
        ],
      });
      assert.equal(updated.status, 201);
      assert.equal(updated.body.status_id, 2);
      const fields = updated.body.customfields ?? [];
      assert.equal(
        fields.find((c) => c.name === 'CFOutlookConversationId')?.value,
        'conv-1',
        'partial custom-field update keeps others',
      );
      assert.equal(fields.find((c) => c.name === 'CFimpact')?.value, 1);
      assert.equal(sim.data.tickets.find((t) => t.id === 1401)?.agent_id, 3);
    }));

  it('validates writes: 400 with a message, 404 for an unknown id, body must be an array', () =>
    withSimulator({}, async (sim) => {
      const noSummary = await apiJson<string>(sim, '/Tickets', {
        method: 'POST',
        json: [{ client_id: 1 }],
      });
      assert.equal(noSummary.status, 400);
      assert.match(noSummary.text, /summary is required/);
      assert.equal(
        (await api(sim, '/Tickets', { method: 'POST', json: [{ summary: 'x' }] })).status,
        400,
      );
      assert.equal(
        (
          await api(sim, '/Tickets', {
            method: 'POST',
            json: [{ summary: 'x', client_id: 1, status_id: 77 }],
          })
        ).status,
        400,
      );
      assert.equal(
        (await api(sim, '/Tickets', { method: 'POST', json: { summary: 'x', client_id: 1 } }))
          .status,
        400,
      );
      assert.equal(
        (await api(sim, '/Tickets', { method: 'POST', json: [{ id: 999999, status_id: 2 }] }))
          .status,
        404,
      );
    }));

  it('offers the write-response and error-body variants', () =>
    withSimulator({ variants: { writeResponse: 'wrapped', errorBody: 'json' } }, async (sim) => {
      const created = await apiJson<{ tickets: Row[] }>(sim, '/Tickets', {
        method: 'POST',
        json: [{ summary: 'x', client_id: 1 }],
      });
      assert.equal(created.body.tickets[0]?.summary, 'x');
      const error = await apiJson<{ ClassName: string; Message: string }>(sim, '/Tickets/999999');
      assert.equal(error.status, 404);
      assert.match(error.body.Message, /not found/);
    }));
});
