import { expect, SIMULATOR_URL, test, WORKBENCH_ORIGIN } from './support/workbench';
import { docScreenshot } from './support/doc-screenshot';

test.describe('the workbench hosts the real pane', () => {
  test('the built pane runs in the iframe on its own origin, given the stand-in instead of office.js', async ({
    workbench,
    page,
  }) => {
    const cdn: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('appsforoffice.microsoft.com')) cdn.push(r.url());
    });
    await workbench.open();

    // The workbench hands the pane the simulator as org-managed settings: straight to sign-in.
    await expect(workbench.pane.getByRole('heading', { name: 'Sign in to Halo' })).toBeVisible();

    const frame = page.frames().find((f) => f.url().startsWith(`${WORKBENCH_ORIGIN}/index.html`));
    if (!frame) throw new Error('The pane frame is missing.');
    const url = new URL(frame.url());
    expect(url.searchParams.get('haloUrl')).toBe(SIMULATOR_URL);
    expect(url.searchParams.get('clientId')).toBe('halo-outlook-dev');
    const office = await frame.evaluate(async () => {
      const info = await Office.onReady();
      const item = Office.context.mailbox.item as Office.MessageRead;
      return {
        ...info,
        subject: item.subject,
        user: Office.context.mailbox.userProfile.emailAddress,
      };
    });
    const selected = await workbench.page
      .getByRole('option', { selected: true })
      .locator('.subject')
      .textContent();
    expect(office).toEqual({
      host: 'Outlook',
      platform: 'OfficeOnline',
      subject: selected,
      user: 'alex.morgan@msp.example',
    });
    expect(cdn).toEqual([]);
  });

  test('the pane is as wide as Outlook makes it', async ({ workbench, page }) => {
    await workbench.open();
    const frame = page.locator('iframe[title="Halo for Outlook task pane"]');
    for (const width of ['320', '450', '360']) {
      await page.getByLabel('Pane width').selectOption(width);
      await expect.poll(async () => (await frame.boundingBox())?.width).toBe(Number(width));
    }
  });

  test('screenshot for the docs: the mailbox with the pane pinned beside an email', async ({
    workbench,
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 860 });
    await workbench.open({ pinned: '1', width: '360', theme: 'light' });
    await workbench.select('Card reader error on Harbour Street');
    await expect(workbench.pane.getByRole('heading', { name: 'Sign in to Halo' })).toBeVisible();
    await expect(
      page
        .frameLocator('iframe.reading-body')
        .getByRole('img', { name: 'Card Reader Service error' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pinned' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.screenshot({ path: docScreenshot('workbench.png') });
  });
});
