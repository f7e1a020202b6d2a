import PostalMime from 'postal-mime';
import { createHash } from 'node:crypto';
import { expect, sampleBytes, test } from './support/workbench';

const sha256 = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

interface AttachmentSeen {
  name: string;
  contentType: string;
  size: number;
  type: string;
  isInline: boolean;
  contentId: string;
}

test.describe('the Office stand-in, seen from a page in the pane', () => {
  test('a pinned pane follows the selection: ItemChanged for each email, the item up to date, no reload', async ({
    workbench,
  }) => {
    await workbench.open({ pane: 'probe', pinned: '1' });
    await expect(workbench.probe('ready')).toHaveText('Outlook OfficeOnline');
    const session = await workbench.probe('session').textContent();

    const subjects = [
      'Door entry system offline at the main entrance',
      'Quote request: 12 laptops and docking stations',
      'RE: Printer offline in reception [ID: 1001]',
    ];
    const files = [
      '07-shared-domain-new-contact.eml',
      '09-unknown-sender.eml',
      '01-printer-reply-with-ticket-id.eml',
    ];
    for (const [index, subject] of subjects.entries()) {
      await workbench.select(files[index] ?? '');
      await expect(workbench.probe('subject')).toHaveText(subject);
    }
    expect(await workbench.probeJson<string[]>('item-events')).toEqual(subjects);
    await expect(workbench.probe('session')).toHaveText(session ?? '');

    // Nothing selected (Escape in the list): the event fires and the item is null.
    await workbench.page.getByRole('listbox', { name: 'Messages' }).press('Escape');
    await expect(workbench.probe('subject')).toHaveText('(no item)');
    expect(await workbench.probeJson<string[]>('item-events')).toEqual([...subjects, '(null)']);
  });

  test('an unpinned pane is reopened for each email, as in Outlook', async ({ workbench }) => {
    await workbench.open({ pane: 'probe', pinned: '0' });
    await expect(workbench.probe('ready')).toHaveText('Outlook OfficeOnline');
    const first = await workbench.probe('session').textContent();
    await workbench.select('Quote request: 12 laptops');
    await expect(workbench.probe('subject')).toHaveText(
      'Quote request: 12 laptops and docking stations',
    );
    await expect(workbench.probe('session')).not.toHaveText(first ?? '');
    await expect(workbench.probe('item-events')).toHaveCount(0);
  });

  test('the item carries what Outlook reports: addresses, ids, thread and delegate sender', async ({
    workbench,
  }) => {
    await workbench.open({ pane: 'probe' });
    await workbench.select('01-printer-reply-with-ticket-id.eml');
    await expect(workbench.probe('internet-message-id')).toHaveText(
      '<thread-001-reply-3@contoso-dental.example>',
    );
    await expect(workbench.probe('conversation-id')).toHaveText('AAQkAGNvbnRvc28tdGhyZWFkLTAwMQ==');
    await expect(workbench.probe('from')).toHaveText(
      'Alice Carter <alice.carter@contoso-dental.example>',
    );
    expect(await workbench.probeJson<string[]>('cc')).toEqual([
      'Bob Singh <bob.singh@contoso-dental.example>',
    ]);
    await expect(workbench.probe('created')).toHaveText('2026-11-03T08:42:10.000Z');
    await expect(workbench.probe('item-id')).toHaveText(/^AAMkA[A-Za-z0-9+/]+=*$/);

    // Both printer-thread messages carry the conversation id Halo recorded for ticket 1001.
    await workbench.select('02-printer-reply-already-logged.eml');
    await expect(workbench.probe('conversation-id')).toHaveText('AAQkAGNvbnRvc28tdGhyZWFkLTAwMQ==');

    await workbench.select('Reception PC very slow');
    await expect(workbench.probe('from')).toHaveText(
      'Alice Carter <alice.carter@contoso-dental.example>',
    );
    await expect(workbench.probe('sender')).toHaveText(
      'Reception Desk <reception@contoso-dental.example>',
    );

    await workbench.select('RE: Document management system slow');
    await workbench.pane.getByRole('button', { name: 'Read content' }).click();
    await expect(workbench.probe('content-read')).toHaveText('done');
    await expect(workbench.probe('headers')).toContainText(
      'In-Reply-To: <thread-004@northwind.example>',
    );
    await expect(workbench.probe('body-text')).toContainText(
      'Search "Harrington lease": 74 seconds',
    );
    await expect(workbench.probe('async-context')).toHaveText('ctx');
  });

  test('attachments: kinds, inline images, content as Office returns it, the whole file as EML', async ({
    workbench,
  }) => {
    const file = '06-forward-with-attachments.eml';
    const parsed = await PostalMime.parse(sampleBytes(file), { forceRfc822Attachments: true });
    await workbench.open({ pane: 'probe' });
    await workbench.select('FW: Overdue invoice INV-20931');

    const seen = await workbench.probeJson<AttachmentSeen[]>('attachments');
    expect(seen.map((a) => [a.name, a.type, a.isInline])).toEqual([
      ['Overdue invoice INV-20931', 'item', false],
      ['INV-20931.pdf', 'file', false],
      ['payment-page.png', 'file', false],
      ['recent-payments.csv', 'file', false],
      ['Security review.ics', 'file', false],
    ]);
    await workbench.pane.getByRole('button', { name: 'Read content' }).click();
    await expect(workbench.probe('content-read')).toHaveText('done');
    const contents =
      await workbench.probeJson<
        { name: string; format: string; sha256: string | null; startsWith: string | null }[]
      >('attachment-contents');
    expect(contents[0]).toMatchObject({
      format: 'eml',
      startsWith: expect.stringContaining('From: Fabrikam Accounts'),
    });
    for (const [index, part] of parsed.attachments.entries()) {
      if (index === 0) continue;
      expect(contents[index]).toEqual({
        name: part.filename,
        format: 'base64',
        sha256: sha256(new Uint8Array(part.content as ArrayBuffer)),
        startsWith: null,
      });
    }
    await expect(workbench.probe('file-sha256')).toHaveText(sha256(sampleBytes(file)));
    expect(await workbench.probeJson('bad-attachment')).toEqual({
      status: 'failed',
      error: {
        name: 'InvalidAttachmentId',
        message: 'The attachment identifier does not exist.',
        code: 9040,
      },
    });

    await workbench.select('Card reader error on Harbour Street');
    const inline = await workbench.probeJson<AttachmentSeen[]>('attachments');
    expect(inline.map((a) => [a.isInline, a.contentId])).toEqual([
      [true, 'error-dialog.png@01DB2C'],
      [true, 'logo.png@01DB2C'],
    ]);
  });

  test('the Mailbox version is configurable and APIs above it are absent', async ({
    workbench,
  }) => {
    await workbench.open({ pane: 'probe', mailbox: '1.5' });
    await expect(workbench.probe('supports')).toHaveText('1.5:true 1.8:false 1.14:false');
    await expect(workbench.probe('theme')).toHaveText('(no officeTheme)');
    await workbench.pane.getByRole('button', { name: 'Read content' }).click();
    await expect(workbench.probe('headers')).toHaveText(
      'getAllInternetHeadersAsync is not available',
    );
    await expect(workbench.probe('file-sha256')).toHaveText('getAsFileAsync is not available');

    await workbench.page.getByLabel('Mailbox API').selectOption('1.14');
    await expect(workbench.probe('supports')).toHaveText('1.5:true 1.8:true 1.14:true');
    await expect(workbench.probe('theme')).toHaveText('#ffffff');
  });

  test('like office.js: no Office.context before onReady, history API nulled, the user profile', async ({
    workbench,
  }) => {
    await workbench.open({ pane: 'probe', theme: 'dark' });
    await expect(workbench.probe('context-before-ready')).toHaveText('undefined');
    await expect(workbench.probe('history-replace-state')).toHaveText('null');
    await expect(workbench.probe('user')).toHaveText('alex.morgan@msp.example');
    await expect(workbench.probe('theme')).toHaveText('#292929');
  });
});
