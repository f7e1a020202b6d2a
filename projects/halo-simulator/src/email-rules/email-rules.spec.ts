import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMAIL_RULE_TYPES } from '../seed/email-rules.js';
import { apiJson, withSimulator } from '../testing/sim-test-kit.js';

type Rule = Record<string, unknown>;

async function admin(url: string, path: string, method: string, body?: unknown) {
  const res = await fetch(`${url}/_sim/${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('e-mail rules (/api/EmailRule)', () => {
  it('lists the seeded rules in sequence order as a bare array, with Halo’s fields', () =>
    withSimulator({}, async (sim) => {
      const { status, body } = await apiJson<Rule[]>(sim, '/EmailRule');
      assert.equal(status, 200);
      assert.ok(Array.isArray(body));
      assert.deepEqual(
        body.map((r) => r['name']),
        [
          'Security alert mailers',
          'Reception PCs',
          'Printers',
          'Quote requests',
          'Old newsletter filter',
        ],
      );
      const keys = ['id', 'name', 'type', 'enabled', 'seq', 'fromaddr', 'toaddr', 'subject'];
      for (const key of [...keys, 'body', 'requesttype', 'closestring']) {
        assert.ok(key in (body[0] ?? {}), key);
      }
      const reception = body[1] ?? {};
      assert.equal(reception['toaddr'], 'support@msp.example');
      assert.equal(reception['requesttype'], 1);
      assert.equal(body[0]?.['type'], EMAIL_RULE_TYPES.ignore);
      assert.equal(body[4]?.['enabled'], false);
    }));

  it('carries field mappings in six flat slots by default, or as a list (variant)', () =>
    withSimulator({}, async (sim) => {
      const slots = (await apiJson<Rule>(sim, '/EmailRule/2')).body;
      assert.deepEqual(
        [slots['fieldname'], slots['starttag'], slots['endtag']],
        ['assettag', 'Asset:', ''],
      );
      assert.equal(slots['starttag6'], '');
      assert.ok(!('fieldmappings' in slots));

      sim.control.setVariants({ emailRuleMappings: 'list' });
      const listed = (await apiJson<Rule>(sim, '/EmailRule/2')).body;
      assert.deepEqual(listed['fieldmappings'], [
        { fieldname: 'assettag', starttag: 'Asset:', endtag: '' },
      ]);
      assert.ok(!('starttag' in listed));
    }));

  it('filters by type and by the sender an e-mail comes from; 404 for an unknown id', () =>
    withSimulator({}, async (sim) => {
      const ignore = await apiJson<Rule[]>(sim, `/EmailRule?type=${EMAIL_RULE_TYPES.ignore}`);
      assert.deepEqual(
        ignore.body.map((r) => r['id']),
        [1, 5],
      );
      const fromAlerts = await apiJson<Rule[]>(
        sim,
        '/EmailRule?fromaddress=security-alerts@unknown-sender.example',
      );
      assert.ok(fromAlerts.body.some((r) => r['id'] === 1));
      const fromAlice = await apiJson<Rule[]>(
        sim,
        '/EmailRule?fromaddress=alice.carter@contoso-dental.example',
      );
      assert.ok(!fromAlice.body.some((r) => r['id'] === 1), 'the alert rule is for another sender');
      assert.equal((await apiJson(sim, '/EmailRule/99')).status, 404);
    }));

  it('answers 403 while the tenant does not let the agent read its rules, switched over /_sim', () =>
    withSimulator({}, async (sim) => {
      const switched = await admin(sim.url, 'variants', 'PUT', { emailRuleAccess: 'forbidden' });
      assert.equal(switched.status, 200);
      const refused = await apiJson<string>(sim, '/EmailRule');
      assert.equal(refused.status, 403);
      assert.match(refused.text, /permission to access Email Rules/);
      assert.equal((await apiJson(sim, '/EmailRule/1')).status, 403);
      assert.equal((await apiJson(sim, '/TicketType')).status, 200, 'other reads unaffected');

      await admin(sim.url, 'reset', 'POST');
      assert.equal((await apiJson(sim, '/EmailRule')).status, 200, 'reset restores the variant');
    }));

  it('needs read:tickets, and follows the reference envelope variant', () =>
    withSimulator({ variants: { referenceEnvelope: 'wrapped' } }, async (sim) => {
      const token = sim.control.issueToken({ scope: 'read:customers' }).access_token;
      assert.equal((await apiJson(sim, '/EmailRule', { token })).status, 403);
      const { body } = await apiJson<{ record_count: number; emailrules: Rule[] }>(
        sim,
        '/EmailRule',
      );
      assert.equal(body.record_count, 5);
      assert.equal(body.emailrules.length, 5);
    }));

  it('refuses run-time variant changes it cannot make, saying what it takes', () =>
    withSimulator({}, async (sim) => {
      const unknown = await admin(sim.url, 'variants', 'PUT', { emailRules: 'off' });
      assert.equal(unknown.status, 400);
      assert.match(
        String(unknown.body['error']),
        /unknown variant "emailRules"; known: .*emailRuleAccess/,
      );
      const wrong = await admin(sim.url, 'variants', 'PUT', { emailRuleAccess: 'no' });
      assert.match(String(wrong.body['error']), /takes "allowed" or "forbidden", not "no"/);
      const startUp = await admin(sim.url, 'variants', 'PUT', { corsOnAuth: false });
      assert.match(String(startUp.body['error']), /start-up only/);
      assert.equal(sim.options.variants.emailRuleAccess, 'allowed', 'nothing changed');
    }));
});
