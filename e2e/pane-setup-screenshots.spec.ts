// Screenshots for the docs: each view of the pane, light and dark, at Outlook's narrowest and
// widest pane (320 and 450 px): docs/images/pane-<view>-<scheme>-<width>.png with
// `npm run screenshots`, test-results/screenshots/ otherwise. The pane follows the system's colours
// (Settings: System), emulated here.
import type { Page } from '@playwright/test';
import { docScreenshot } from './support/doc-screenshot';
import { expect, signInInPopup, test, WORKBENCH_ORIGIN, type Workbench } from './support/workbench';

const WIDTHS = [320, 450] as const;
const SCHEMES = ['light', 'dark'] as const;

function file(view: string, scheme: string, width: number): string {
  return docScreenshot(`pane-${view}-${scheme}-${width}.png`);
}

/** The pane's frame element, for a screenshot of the pane alone. */
function paneElement(page: Page) {
  return page.locator('iframe[title="Halo for Outlook task pane"]');
}

async function setWidth(workbench: Workbench, width: number): Promise<void> {
  await workbench.page.getByLabel('Pane width').selectOption(String(width));
  await expect
    .poll(async () => (await paneElement(workbench.page).boundingBox())?.width)
    .toBe(width);
}

for (const scheme of SCHEMES) {
  test.describe(`screenshots of the pane, ${scheme}`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1280, height: 820 } });

    test(`set-up (first run outside an organisation's settings), ${scheme}`, async ({ page }) => {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 760 });
        await page.goto(`${WORKBENCH_ORIGIN}/index.html`);
        await expect(page.getByRole('heading', { name: 'Connect to Halo' })).toBeVisible();
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: file('setup', scheme, width) });
      }
    });

    test(`sign-in, pane, settings, diagnostics in the workbench, ${scheme}`, async ({
      workbench,
    }) => {
      test.slow();
      const { page, pane } = workbench;
      await workbench.open({ select: '03-card-reader-error-inline-images.eml', theme: scheme });
      await expect(pane.getByRole('heading', { name: 'Sign in to Halo' })).toBeVisible();
      for (const width of WIDTHS) {
        await setWidth(workbench, width);
        await paneElement(page).screenshot({ path: file('sign-in', scheme, width) });
      }

      await signInInPopup(page, () =>
        pane.getByRole('button', { name: 'Sign in', exact: true }).click(),
      );
      await expect(pane.locator('main[data-view="pane"]')).toContainText('Open tickets');

      for (const width of WIDTHS) {
        await setWidth(workbench, width);
        await expect(pane.locator('main[data-view="pane"]')).toContainText('Open tickets');
        await paneElement(page).screenshot({ path: file('pane', scheme, width) });

        await pane.getByRole('button', { name: 'Settings' }).click();
        await expect(
          pane.getByRole('combobox', { name: 'Ticket type for new tickets' }),
        ).toBeEnabled();
        await paneElement(page).screenshot({ path: file('settings', scheme, width) });

        await pane.getByRole('button', { name: 'Diagnostics' }).click();
        await expect(pane.getByRole('heading', { name: 'Diagnostics' })).toBeVisible();
        await paneElement(page).screenshot({ path: file('diagnostics', scheme, width) });
        await pane.getByRole('button', { name: 'Back' }).click();
      }
    });
  });
}
