// The pane's frame in the workbench, against the Halo simulator: first run, sign-in through the
// Office stand-in's dialog, the pane for the selected email, a reload, sign-out; set-up typed by
// hand outside Outlook; organisation settings that could not be applied. (office.js unreachable:
// smoke.spec.ts.)
import type { Frame, Page } from '@playwright/test';
import {
  expect,
  signInInPopup,
  SIMULATOR_URL,
  test,
  WORKBENCH_ORIGIN,
  type Workbench,
} from './support/workbench';

/**
 * Signs in from the pane's sign-in view, through the Office dialog (core opens it with
 * `promptBeforeOpen: false`, so the login window opens at once).
 */
async function signInThroughDialog(workbench: Workbench): Promise<void> {
  const { page, pane } = workbench;
  await signInInPopup(page, () =>
    pane.getByRole('button', { name: 'Sign in', exact: true }).click(),
  );
}

/** The pane's frame in the workbench page. */
function paneFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(`${WORKBENCH_ORIGIN}/index.html`));
  if (!frame) throw new Error('The workbench shows no pane.');
  return frame;
}

/** What the pane keeps in the browser: IndexedDB `secrets`, and every localStorage value. */
async function storedSecrets(target: Frame | Page): Promise<{ secrets: string[]; local: string }> {
  return target.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('halo-outlook');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const keys = await new Promise<string[]>((resolve) => {
      if (!db.objectStoreNames.contains('secrets')) return resolve([]);
      const request = db.transaction('secrets').objectStore('secrets').getAllKeys();
      request.onsuccess = () => resolve(request.result.map(String));
    });
    db.close();
    const local = Object.keys(localStorage)
      .map((key) => `${key}=${localStorage.getItem(key)}`)
      .join('\n');
    return { secrets: keys, local };
  });
}

test.describe('the pane’s first run, in the workbench against the simulator', () => {
  test.afterEach(async ({ request }) => {
    await request.delete(`${SIMULATOR_URL}/_sim/faults`);
  });

  test('first run → sign in through the dialog → the pane for the email; reload; sign out', async ({
    workbench,
  }) => {
    const { page, pane } = workbench;
    await workbench.open({ select: '03-card-reader-error-inline-images.eml' });

    // The workbench starts the pane with its organisation's settings (?haloUrl=…&clientId=…):
    // checked with Halo and kept, so the first screen is the sign-in, naming that Halo.
    await expect(pane.getByRole('heading', { name: 'Sign in to Halo' })).toBeVisible();
    await expect(pane.locator('.host')).toHaveText(new URL(SIMULATOR_URL).host);
    await expect(pane.getByRole('button', { name: 'Use another Halo' })).toHaveCount(0);

    await signInThroughDialog(workbench);
    await expect(pane.locator('main[data-view="pane"]')).toBeVisible();
    await expect(pane.locator('main')).toContainText('Bob Singh');

    // Another email: the pinned pane follows it.
    await workbench.select('01-printer-reply-with-ticket-id.eml');
    await expect(pane.locator('main[data-view="pane"]')).toContainText('Alice Carter');

    // A new add-in session (the pane reopened): still signed in, no sign-in view.
    await page.getByRole('button', { name: 'Reopen pane' }).click();
    await expect(pane.locator('main[data-view="pane"]')).toBeVisible();
    const signedIn = await storedSecrets(paneFrame(page));
    expect(signedIn.secrets).toContain('tokens');

    // Sign out from Settings: the sign-in view, and no token left on the device.
    await pane.getByRole('button', { name: 'Settings' }).click();
    await pane.getByRole('button', { name: 'Sign out' }).click();
    await expect(pane.getByRole('heading', { name: 'Sign in to Halo' })).toBeVisible();
    const signedOut = await storedSecrets(paneFrame(page));
    expect(signedOut.secrets).toEqual([]);
    expect(signedOut.local).not.toMatch(/access_token|refresh_token|accessToken|refreshToken/);
  });

  test('outside Outlook: the agent types the address and client id, then signs in in a popup', async ({
    page,
  }) => {
    await page.goto(`${WORKBENCH_ORIGIN}/index.html`);
    await expect(page.getByRole('heading', { name: 'Connect to Halo' })).toBeVisible();

    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByText('Enter the address of your Halo.')).toBeVisible();

    await page.getByLabel('Halo address').fill(SIMULATOR_URL);
    await page.getByLabel('Client ID').fill('halo-outlook-dev');
    await page.getByRole('button', { name: 'Connect' }).click();

    await expect(page.getByRole('heading', { name: 'Sign in to Halo' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sign in to Halo' })).toBeFocused();
    await signInInPopup(page, () =>
      page.getByRole('button', { name: 'Sign in', exact: true }).click(),
    );
    await expect(page.locator('main[data-view="pane"]')).toBeVisible();
  });

  test('the set-up guide gives this add-in’s redirect URI and CORS origin to copy', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: WORKBENCH_ORIGIN,
    });
    await page.goto(`${WORKBENCH_ORIGIN}/index.html`);
    await page.getByRole('button', { name: 'Set up Halo' }).click();
    const redirect = page.locator('[data-setting="redirectUri"]');
    await expect(redirect).toContainText(`${WORKBENCH_ORIGIN}/auth/callback.html`);
    await expect(page.locator('[data-setting="corsOrigin"]')).toContainText(WORKBENCH_ORIGIN);
    await expect(page.locator('[data-setting="authMethod"]')).toContainText(
      'Authorisation Code (Native Application)',
    );

    await redirect.getByRole('button', { name: 'Copy Redirect URI' }).click();
    await expect(redirect.getByText('Copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${WORKBENCH_ORIGIN}/auth/callback.html`,
    );
  });

  test('organisation settings Halo could not confirm: shown locked in the set-up, with why', async ({
    workbench,
    request,
  }) => {
    const fault = await request.post(`${SIMULATOR_URL}/_sim/faults`, {
      data: { route: '/api/authinfo', status: 503, count: 1 },
    });
    expect(fault.status()).toBe(201);
    const { pane } = workbench;
    await workbench.open();

    await expect(pane.getByRole('heading', { name: 'Connect to Halo' })).toBeVisible();
    await expect(pane.getByRole('note')).toContainText('when it installed the add-in');
    await expect(pane.getByLabel('Halo address')).toHaveValue(SIMULATOR_URL);
    await expect(pane.getByLabel('Halo address')).toBeDisabled();
    await expect(pane.getByLabel('Client ID')).toHaveValue('halo-outlook-dev');
    await expect(pane.getByRole('alert')).toBeVisible();

    await pane.getByRole('button', { name: 'Connect' }).click();
    await expect(pane.getByRole('heading', { name: 'Sign in to Halo' })).toBeVisible();
  });
});
