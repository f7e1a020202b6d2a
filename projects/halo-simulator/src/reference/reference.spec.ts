import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiJson, withSimulator } from '../testing/sim-test-kit.js';

describe('reference data endpoints', () => {
  it('answer bare arrays with the reference fields', () =>
    withSimulator({}, async (sim) => {
      const expect: Record<string, string[]> = {
        '/TicketType': ['id', 'name', 'use', 'inactive', 'visible', 'agentscanselect'],
        '/Status': ['id', 'guid', 'name', 'shortname', 'type', 'sequence', 'colour'],
        '/Outcome': [
          'id',
          'outcome',
          'buttonname',
          'hidden',
          'systemid',
          'newstatus',
          'hidefromuser',
          'sendemail',
        ],
        '/Agent': ['id', 'name', 'email', 'team', 'teams', 'isdisabled', 'initials', 'jobtitle'],
        '/Team': ['id', 'guid', 'name', 'department_id', 'inactive', 'use'],
        '/Priority': ['id', 'priorityid', 'name', 'slaid'],
        '/FieldInfo': ['id', 'name', 'label', 'type', 'typeid'],
      };
      for (const [path, keys] of Object.entries(expect)) {
        const { status, body } = await apiJson<Record<string, unknown>[]>(sim, path);
        assert.equal(status, 200, path);
        assert.ok(Array.isArray(body) && body.length > 0, path);
        for (const key of keys) assert.ok(key in (body[0] ?? {}), `${path} ${key}`);
      }
    }));

  it('hide inactive/hidden records unless asked; priorities have GUID ids', () =>
    withSimulator({}, async (sim) => {
      const outcomes = (await apiJson<{ id: number }[]>(sim, '/Outcome')).body;
      assert.ok(!outcomes.some((o) => o.id === 30));
      assert.ok(
        (await apiJson<{ id: number }[]>(sim, '/Outcome?showhidden=true')).body.some(
          (o) => o.id === 30,
        ),
      );
      assert.ok(
        !(await apiJson<{ id: number }[]>(sim, '/TicketType')).body.some((t) => t.id === 5),
      );
      assert.ok(
        !(await apiJson<{ id: number }[]>(sim, '/Agent')).body.some(
          (a) => a.id === 5 || a.id === 1,
        ),
      );
      assert.ok(
        (await apiJson<{ id: number }[]>(sim, '/Agent?includedisabled=true')).body.some(
          (a) => a.id === 5,
        ),
      );
      assert.match(
        String((await apiJson<{ id: string }[]>(sim, '/Priority')).body[0]?.id),
        /^[0-9a-f-]{36}$/,
      );
      assert.ok(
        (await apiJson<{ typeid: number }[]>(sim, '/FieldInfo?typeid=1')).body.every(
          (f) => f.typeid === 1,
        ),
      );
      assert.ok(
        !(await apiJson<{ id: number }[]>(sim, '/Status?excludeclosed=true')).body.some(
          (s) => s.id === 9,
        ),
      );
    }));

  it('wrap /Outcome and the other lists when the variants say so', () =>
    withSimulator(
      { variants: { outcomeEnvelope: 'wrapped', referenceEnvelope: 'wrapped' } },
      async (sim) => {
        assert.ok(
          Array.isArray((await apiJson<{ outcomes: unknown[] }>(sim, '/Outcome')).body.outcomes),
        );
        assert.ok(
          Array.isArray((await apiJson<{ statuses: unknown[] }>(sim, '/Status')).body.statuses),
        );
      },
    ));

  it('unknown endpoints are 404', () =>
    withSimulator({}, async (sim) => {
      assert.equal((await apiJson(sim, '/Nope')).status, 404);
    }));
});
