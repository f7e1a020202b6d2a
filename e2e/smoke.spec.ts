import { expect, test } from '@playwright/test';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/**';

test('the production build renders the first screen in a plain browser, without Office', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => {
    if (!request.url().startsWith('https://appsforoffice.microsoft.com/')) {
      errors.push(`request failed: ${request.url()}`);
    }
  });
  // Outside Outlook (and offline) Microsoft's office.js cannot load: the pane must carry on.
  await page.route(OFFICE_JS, (route) => route.abort('internetdisconnected'));

  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halo for Outlook');
  await expect(page.getByRole('heading', { name: 'Connect to Halo' })).toBeVisible();
  await expect(page.getByLabel('Halo address')).toBeEditable();
  // The self-hosted font loads from our own origin; nothing is fetched from a font CDN.
  const fontsReady = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
  });
  expect(fontsReady).toContain('Roboto');
  expect(errors).toEqual([]);
});
