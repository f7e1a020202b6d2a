import { expect, sampleBytes, test } from './support/workbench';

test.describe('the workbench mailbox', () => {
  test('lists every sample with sender, subject, date and an attachment mark', async ({
    workbench,
  }) => {
    await workbench.open();
    await expect(workbench.messages).toHaveCount(15);
    const forward = workbench.message('FW: Overdue invoice INV-20931');
    await expect(forward).toContainText('Nora Fields');
    await expect(forward.locator('time')).toHaveText('Mon 2 Nov');
    await expect(forward.getByRole('img', { name: 'Has attachments' })).toBeVisible();
    await expect(
      workbench
        .message('Backup job logs for October')
        .getByRole('img', { name: 'Has attachments' }),
    ).toBeVisible();
    // Inline images alone are not attachments to the reader.
    await expect(
      workbench.message('Card reader error').getByRole('img', { name: 'Has attachments' }),
    ).toHaveCount(0);
    await expect(
      workbench.page.locator('[data-key="02-printer-reply-already-logged.eml"] .category'),
    ).toHaveText('Logged to Halo');
  });

  test('a hostile email is shown without running its scripts or loading its trackers', async ({
    workbench,
    page,
  }) => {
    const dialogs: string[] = [];
    const outside: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (request.url().includes('unknown-sender.example')) outside.push(request.url());
    });
    await workbench.open();
    await workbench.select('Action required: verify your mailbox');
    const body = page.frameLocator('iframe.reading-body');
    await expect(body.getByText('Your mailbox will be')).toBeVisible();
    await expect(page.locator('iframe.reading-body')).toHaveAttribute('sandbox', '');
    expect(dialogs).toEqual([]);
    expect(outside).toEqual([]);
  });

  test('an .eml dropped on the list is parsed, added and selected; other files are refused with a reason', async ({
    workbench,
    page,
  }) => {
    await workbench.open({ pane: 'probe' });
    const eml = sampleBytes('09-unknown-sender.eml')
      .toString('utf8')
      .replace(
        'Subject: Quote request: 12 laptops and docking stations',
        'Subject: Dropped: quote for 3 printers',
      )
      .replace('<quote-req-4471@unknown-sender.example>', '<dropped-1@unknown-sender.example>');
    const drop = async (name: string, text: string, type: string): Promise<void> => {
      const transfer = await page.evaluateHandle(
        ([n, t, ty]) => {
          const data = new DataTransfer();
          data.items.add(new File([t], n, { type: ty }));
          return data;
        },
        [name, text, type] as const,
      );
      await page.locator('#inbox').dispatchEvent('drop', { dataTransfer: transfer });
    };

    await drop('my-message.eml', eml, 'message/rfc822');
    await expect(workbench.messages).toHaveCount(16);
    await expect(workbench.message('Dropped: quote for 3 printers')).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(workbench.probe('subject')).toHaveText('Dropped: quote for 3 printers');
    await expect(workbench.probe('internet-message-id')).toHaveText(
      '<dropped-1@unknown-sender.example>',
    );

    await drop('notes.txt', 'just some notes', 'text/plain');
    await expect(page.getByRole('status')).toContainText(
      'notes.txt was not added: drop .eml files',
    );
    await expect(workbench.messages).toHaveCount(16);
  });
});
