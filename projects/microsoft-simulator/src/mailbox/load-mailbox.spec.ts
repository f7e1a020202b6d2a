import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  conversationIdFor,
  convertToEwsId,
  convertToRestId,
  itemIdFor,
} from '../boundary/workbench-mailbox.js';
import { WORKBENCH_SAMPLES_DIR } from '../simulator/microsoft-simulator-options.js';
import { loadMailbox } from './load-mailbox.js';

describe("the mailbox Graph serves: the workbench's samples", () => {
  it('has the ids the Office stand-in reports: REST form of the item id, conversation id from mailbox.json', async () => {
    const mailbox = await loadMailbox([WORKBENCH_SAMPLES_DIR], 'alex.morgan@msp.example');
    const index = JSON.parse(
      await readFile(join(WORKBENCH_SAMPLES_DIR, 'mailbox.json'), 'utf8'),
    ) as {
      messages: { file: string; conversationId?: string }[];
    };
    // The large sample is generated into dist at build time; without that folder it is skipped.
    assert.deepEqual(
      mailbox.skipped.map((s) => s.split(':')[0]),
      ['large-backup-logs.eml'],
    );
    assert.equal(mailbox.messages.length, index.messages.length - 1);
    for (const entry of mailbox.messages) {
      const raw = await readFile(join(WORKBENCH_SAMPLES_DIR, entry.file));
      assert.equal(
        entry.id,
        convertToRestId(await itemIdFor(new Uint8Array(raw)), 'v2.0'),
        entry.file,
      );
      assert.ok(Buffer.from(entry.message.raw).equals(raw), `${entry.file}: raw bytes kept`);
      const fixed = index.messages.find((m) => m.file === entry.file)?.conversationId;
      if (fixed) assert.equal(entry.message.conversationId, fixed);
    }
    const thread = mailbox.messages.filter((m) => m.file.includes('xray-share'));
    assert.equal(thread.length, 4);
    assert.deepEqual(
      new Set(thread.map((m) => m.message.conversationId)),
      new Set(['AAQkAGNvbnRvc28teHJheS1zaGFyZS0wMDE=']),
    );
    assert.deepEqual(thread.map((m) => [m.file, m.folder]).sort(), [
      ['11-xray-share-first-report.eml', 'inbox'],
      ['12-xray-share-msp-question.eml', 'sentitems'],
      ['13-xray-share-screenshot.eml', 'inbox'],
      ['14-xray-share-fixed.eml', 'sentitems'],
    ]);
    const dates = mailbox.messages.map((m) => m.message.date);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  });

  it("derives a thread's conversation id from its root when mailbox.json does not fix it", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ms-mailbox-'));
    try {
      const files = ['11-xray-share-first-report.eml', '14-xray-share-fixed.eml'];
      for (const file of files)
        await writeFile(join(dir, file), await readFile(join(WORKBENCH_SAMPLES_DIR, file)));
      await writeFile(
        join(dir, 'mailbox.json'),
        JSON.stringify({ messages: [...files, 'missing.eml'].map((file) => ({ file })) }),
      );
      const mailbox = await loadMailbox([dir], 'alex.morgan@msp.example');
      const expected = await conversationIdFor('<xray-share-001@contoso-dental.example>');
      assert.deepEqual(
        mailbox.messages.map((m) => m.message.conversationId),
        [expected, expected],
      );
      assert.match(mailbox.skipped[0] ?? '', /^missing\.eml: not found/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says where it looked when there is no mailbox.json', async () => {
    await assert.rejects(loadMailbox([tmpdir()], 'x@msp.example'), /No mailbox\.json in /);
  });
});

describe("the Office stand-in's convertToRestId (Mailbox 1.3), as office.js does it", () => {
  it('replaces / with - and + with _ for every REST version, and converts back', () => {
    const ews = 'AAMkAD/x+y/z+==';
    for (const version of ['v1.0', 'v2.0', 'beta']) {
      assert.equal(convertToRestId(ews, version), 'AAMkAD-x_y-z_==');
      assert.equal(convertToEwsId('AAMkAD-x_y-z_==', version), ews);
    }
  });

  it("throws office.js's argument exceptions without an id or with an unknown version", () => {
    assert.throws(() => convertToRestId('', 'v2.0'), {
      name: 'Sys.ArgumentNullException',
      message: /Parameter name: itemId/,
    });
    assert.throws(() => convertToRestId('AAMk', undefined), {
      name: 'Sys.ArgumentNullException',
      message: /restVersion/,
    });
    assert.throws(() => convertToRestId('AAMk', 'v3.0'), {
      name: 'Sys.ArgumentException',
      message: /restVersion/,
    });
  });
});
