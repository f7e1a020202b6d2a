import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { api, apiJson, withSimulator } from '../testing/sim-test-kit.js';

const PDF = Buffer.from('%PDF-1.4 simulated').toString('base64');

describe('/api/Attachment', () => {
  it('stores a data URI (201), lists it in the envelope and downloads the bytes', () =>
    withSimulator({}, async (sim) => {
      const up = await apiJson<{
        id: number;
        filename: string;
        filesize: number;
        content_type: string;
      }>(sim, '/Attachment', {
        method: 'POST',
        json: [
          { filename: 'a.pdf', data_base64: `data:application/pdf;base64,${PDF}`, ticket_id: 1001 },
        ],
      });
      assert.equal(up.status, 201);
      assert.equal(up.body.id, 1);
      assert.equal(up.body.content_type, 'application/pdf');
      assert.equal(up.body.filesize, 18);
      const list = await apiJson<Record<string, unknown> & { attachments: { id: number }[] }>(
        sim,
        '/Attachment?ticket_id=1001',
      );
      assert.deepEqual(Object.keys(list.body).sort(), [
        'action_id',
        'attachments',
        'folders',
        'page_no',
        'page_size',
        'record_count',
        'ticket_id',
        'type',
        'unique_id',
      ]);
      assert.deepEqual(
        list.body.attachments.map((a) => a.id),
        [1],
      );
      const file = await api(sim, '/Attachment/1');
      assert.equal(file.status, 200);
      assert.match(file.headers.get('content-disposition') ?? '', /filename="?a\.pdf"?/);
      assert.equal(Buffer.from(await file.arrayBuffer()).toString(), '%PDF-1.4 simulated');
      assert.equal((await api(sim, '/Attachment/99')).status, 404);
    }));

  it('answers bare base64 with 200, _warning and id 0, storing nothing', () =>
    withSimulator({}, async (sim) => {
      const res = await apiJson<{ id: number; _warning: string }>(sim, '/Attachment', {
        method: 'POST',
        json: [{ filename: 'mail.eml', data_base64: PDF, ticket_id: 1001 }],
      });
      assert.equal(res.status, 200);
      assert.equal(res.body.id, 0);
      assert.match(res.body._warning, /Unable to save attachment/);
      assert.equal(sim.data.attachments.length, 0);
    }));

  it('handles inline attachments on actions: data URI stored, bare base64 warned with id 0', () =>
    withSimulator({}, async (sim) => {
      const ok = await apiJson<{ attachments: { id: number }[] }>(sim, '/Actions', {
        method: 'POST',
        json: [
          {
            ticket_id: 1001,
            outcome_id: 1,
            note: 'x',
            attachments: [{ filename: 'm.eml', data_base64: `data:message/rfc822;base64,${PDF}` }],
          },
        ],
      });
      assert.equal(ok.status, 201);
      assert.equal(ok.body.attachments[0]?.id, 1);
      const bare = await apiJson<{ _warning: string; attachments: { id: number }[] }>(
        sim,
        '/Actions',
        {
          method: 'POST',
          json: [
            {
              ticket_id: 1001,
              outcome_id: 1,
              note: 'y',
              attachments: [{ filename: 'm.eml', data_base64: PDF }],
            },
          ],
        },
      );
      assert.equal(bare.status, 200);
      assert.match(bare.body._warning, /Unable to save attachment/);
      assert.equal(bare.body.attachments[0]?.id, 0);
      assert.equal(sim.data.attachments.length, 1);
    }));

  it('links an earlier upload by id and validates required fields', () =>
    withSimulator({}, async (sim) => {
      const up = await apiJson<{ id: number }>(sim, '/Attachment', {
        method: 'POST',
        json: [{ filename: 'b.txt', data_base64: 'data:text/plain;base64,aGk=' }],
      });
      await api(sim, '/Tickets', {
        method: 'POST',
        json: [{ id: 1002, attachments: [{ id: up.body.id }] }],
      });
      assert.equal(sim.data.attachments[0]?.ticket_id, 1002);
      assert.equal(
        (
          await api(sim, '/Attachment', {
            method: 'POST',
            json: [{ data_base64: 'data:text/plain;base64,aGk=' }],
          })
        ).status,
        400,
      );
      assert.equal(
        (
          await api(sim, '/Attachment', {
            method: 'POST',
            json: [
              { filename: 'c.txt', data_base64: 'data:text/plain;base64,aGk=', ticket_id: 999999 },
            ],
          })
        ).status,
        404,
      );
    }));
});
