import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIXED } from '../seed/fixed-records.js';
import { api, apiJson, withSimulator } from '../testing/sim-test-kit.js';

interface ActionRow {
  id: number;
  ticket_id: number;
  outcome: string;
  outcome_id: number;
  internet_message_id: string;
  internetmessageid: string;
  emailsubject: string;
  note_html?: string;
  timetaken: number;
  hiddenfromuser: boolean;
  [key: string]: unknown;
}

describe('/api/Actions', () => {
  it("lists a ticket's actions as { record_count, actions } with e-mail metadata in both spellings", () =>
    withSimulator({}, async (sim) => {
      const { status, body } = await apiJson<{ record_count: number; actions: ActionRow[] }>(
        sim,
        `/Actions?ticket_id=${FIXED.tickets.printer}`,
      );
      assert.equal(status, 200);
      assert.deepEqual(Object.keys(body).sort(), ['actions', 'record_count']);
      assert.equal(body.record_count, 4);
      const first = body.actions[0];
      assert.equal(first?.internet_message_id, FIXED.messageIds.printerThread);
      assert.equal(first?.internetmessageid, FIXED.messageIds.printerThread);
      assert.equal(first?.note_html, undefined, 'note_html only with includehtmlnote=true');
      assert.match(body.actions[1]?.emailsubject ?? '', /\[ID: 1001\]$/);
      const html = (
        await apiJson<{ actions: ActionRow[] }>(sim, `/Actions?ticket_id=1001&includehtmlnote=true`)
      ).body;
      assert.ok(html.actions[0]?.note_html);
      assert.equal((await api(sim, '/Actions')).status, 400, 'ticket_id required');
    }));

  it('ignores ?internetmessageid= unless the variant is on', async () => {
    await withSimulator({}, async (sim) => {
      const res = await apiJson<{ record_count: number }>(
        sim,
        `/Actions?ticket_id=1001&internetmessageid=${encodeURIComponent('<nothing@x.example>')}`,
      );
      assert.equal(res.body.record_count, 4);
    });
    await withSimulator({ variants: { actionsMessageIdFilter: true } }, async (sim) => {
      const res = await apiJson<{ actions: ActionRow[] }>(
        sim,
        `/Actions?internetmessageid=${encodeURIComponent(FIXED.messageIds.printerThread)}`,
      );
      assert.deepEqual(
        res.body.actions.map((a) => a.ticket_id),
        [1001],
      );
    });
  });

  it('creates an action: 201 + object, hours, new_status, outcome by name, both message-id spellings', () =>
    withSimulator({}, async (sim) => {
      const res = await apiJson<ActionRow>(sim, '/Actions', {
        method: 'POST',
        json: [
          {
            ticket_id: 1002,
            outcome_id: 21,
            note_html: '<p>Logged</p>',
            hiddenfromuser: true,
            timetaken: 0.25,
            new_status: 2,
            emailfrom: FIXED.emails.alice,
            emailto: 'support@msp.example',
            emailsubject: 'New starter laptop setup',
            internetmessageid: '<new-1@contoso-dental.example>',
          },
        ],
      });
      assert.equal(res.status, 201);
      assert.equal(res.body.outcome, 'Logged from Outlook');
      assert.equal(res.body.internet_message_id, '<new-1@contoso-dental.example>');
      assert.equal(res.body.timetaken, 0.25);
      const ticket = sim.data.tickets.find((t) => t.id === 1002);
      assert.equal(ticket?.status_id, 2);
      assert.equal(ticket?.timetaken, 0.25);
      const byName = await apiJson<ActionRow>(sim, '/Actions', {
        method: 'POST',
        json: [
          {
            ticket_id: 1002,
            outcome: 'email user',
            note: 'Hello',
            internet_message_id: '<x@msp.example>',
          },
        ],
      });
      assert.equal(byName.body.outcome_id, 2);
      assert.equal(
        byName.body.emailsubject,
        'RE: New starter laptop setup [ID: 1002]',
        'outgoing e-mail gets the subject tag',
      );
    }));

  it('validates: missing outcome 400, unknown outcome 400, unknown ticket 404', () =>
    withSimulator({}, async (sim) => {
      const missing = await apiJson<string>(sim, '/Actions', {
        method: 'POST',
        json: [{ ticket_id: 1001, note: 'x' }],
      });
      assert.equal(missing.status, 400);
      assert.match(missing.text, /outcome/);
      assert.equal(
        (
          await api(sim, '/Actions', {
            method: 'POST',
            json: [{ ticket_id: 1001, outcome_id: 999 }],
          })
        ).status,
        400,
      );
      assert.equal(
        (
          await api(sim, '/Actions', {
            method: 'POST',
            json: [{ ticket_id: 999999, outcome_id: 1 }],
          })
        ).status,
        404,
      );
      assert.equal(
        (await api(sim, '/Actions', { method: 'POST', json: [{ outcome_id: 1 }] })).status,
        400,
      );
    }));
});
