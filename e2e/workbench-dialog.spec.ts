import { expect, test, WORKBENCH_ORIGIN } from './support/workbench';

test.describe('dialogs (Office.context.ui.displayDialogAsync)', () => {
  test('sign-in through the dialog completes against the simulator', async ({
    workbench,
    page,
  }) => {
    await workbench.open({ pane: 'probe' });
    await workbench.pane.getByRole('button', { name: 'Sign in', exact: true }).click();

    const prompt = page.getByRole('alertdialog', { name: 'New window' });
    await expect(prompt).toContainText('Halo for Outlook wants to display a new window.');
    const popupOpened = page.waitForEvent('popup');
    await prompt.getByRole('button', { name: 'Allow' }).click();
    const popup = await popupOpened;

    await expect(popup.getByRole('heading', { name: 'Halo Simulator' })).toBeVisible();
    await popup.getByLabel('Login').fill('alex');
    await popup.getByLabel('Password').fill('halo');
    await popup.getByRole('button', { name: 'Log in' }).click();

    await expect(workbench.probe('signed-in')).toHaveText('Signed in as Alex Morgan');
    await expect(workbench.probe('dialog-origin')).toHaveText(WORKBENCH_ORIGIN);
    await expect.poll(() => popup.isClosed()).toBe(true);
  });

  test('closing the dialog window reports 12006', async ({ workbench, page }) => {
    await workbench.open({ pane: 'probe' });
    const popupOpened = page.waitForEvent('popup');
    await workbench.pane.getByRole('button', { name: 'Sign in without prompt' }).click();
    const popup = await popupOpened;
    await expect(popup.getByRole('heading', { name: 'Halo Simulator' })).toBeVisible();
    await popup.close();
    await expect(workbench.probe('dialog-event')).toHaveText('12006');
  });

  test('a second dialog while one is open is refused with 12007', async ({ workbench, page }) => {
    await workbench.open({ pane: 'probe' });
    const popupOpened = page.waitForEvent('popup');
    await workbench.pane.getByRole('button', { name: 'Sign in without prompt' }).click();
    await popupOpened;
    await expect(workbench.probe('dialog-open')).toHaveText('{"status":"succeeded"}');
    await workbench.pane.getByRole('button', { name: 'Sign in without prompt' }).click();
    await expect(workbench.probe('dialog-open')).toContainText('"code":12007');
  });

  test('ignoring the prompt reports 12009', async ({ workbench, page }) => {
    await workbench.open({ pane: 'probe' });
    await workbench.pane.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page
      .getByRole('alertdialog', { name: 'New window' })
      .getByRole('button', { name: 'Ignore' })
      .click();
    await expect(workbench.probe('dialog-open')).toContainText('"code":12009');
  });

  test('a start page that cannot load reports 12002; another origin is refused with 12004', async ({
    workbench,
    page,
  }) => {
    await workbench.open({ pane: 'probe' });
    const popupOpened = page.waitForEvent('popup');
    await workbench.pane.getByRole('button', { name: 'Open a missing page' }).click();
    await popupOpened;
    await expect(workbench.probe('dialog-event')).toHaveText('12002');
    await workbench.pane.getByRole('button', { name: 'Close dialog' }).click();

    await workbench.pane.getByRole('button', { name: 'Open another origin' }).click();
    await expect(workbench.probe('dialog-open')).toContainText('"code":12004');
  });
});
