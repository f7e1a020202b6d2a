import { expect, resetHalo, test } from './support/workbench';

// Outlook keeps a pinned pane open and tells it, through ItemChanged, that the selection moved:
// the real pane follows each email without reloading.

test.beforeEach(async () => {
  await resetHalo();
});

test('with the pane pinned, selecting three emails in turn, the pane follows each one', async ({
  workbench,
  page,
}) => {
  await workbench.open({ pinned: '1', width: '360' });
  await workbench.select('01-printer-reply-with-ticket-id.eml');
  await workbench.signIn();

  // A mark in the pane's window: it survives only as long as the pane is not reloaded.
  const paneFrame = page.frames().find((f) => f.url().includes('/index.html'));
  if (!paneFrame) throw new Error('The workbench shows no pane frame.');
  await paneFrame.evaluate(() => ((window as unknown as { paneMark: string }).paneMark = 'kept'));

  const card = workbench.pane.locator('halo-sender-card');
  const emails: [string, string][] = [
    ['01-printer-reply-with-ticket-id.eml', 'alice.carter@contoso-dental.example'],
    ['07-shared-domain-new-contact.eml', '@northwind.example'],
    ['09-unknown-sender.eml', '@unknown-sender.example'],
  ];
  for (const [sample, address] of emails) {
    await workbench.select(sample);
    await expect(card).toContainText(address);
  }
  // Back to the first: the pane shows Alice again, and it was never reloaded.
  await workbench.select(emails[0][0]);
  await expect(card.getByRole('heading', { name: 'Alice Carter' })).toBeVisible();
  expect(
    await paneFrame.evaluate(() => (window as unknown as { paneMark?: string }).paneMark),
  ).toBe('kept');
});
