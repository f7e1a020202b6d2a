import { expect, test } from '@playwright/test';

test('the production build renders the first screen', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));

  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halo for Outlook');
  await expect(page.getByRole('heading', { name: 'Connect to Halo' })).toBeVisible();
  // The self-hosted font loads from our own origin; nothing is fetched from a font CDN.
  const fontsReady = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
  });
  expect(fontsReady).toContain('Roboto');
  expect(errors).toEqual([]);
});
