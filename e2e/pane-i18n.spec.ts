// The pane in French: chosen in Settings (the pane reloads in it and stays in it), and from the
// first screen when the browser's language is French. Against the workbench and the simulator.
import { expect, signInInPopup, SIMULATOR_URL, test, WORKBENCH_ORIGIN } from './support/workbench';

test.describe('the pane in French', () => {
  test('chosen in Settings: the pane reloads in French, signs in and shows the email in French', async ({
    workbench,
    page,
  }) => {
    const { pane } = workbench;
    await workbench.open({ select: '03-card-reader-error-inline-images.eml' });
    await expect(pane.getByRole('heading', { name: 'Sign in to Halo' })).toBeVisible();

    await pane.getByRole('button', { name: 'Settings' }).click();
    await pane.getByRole('combobox', { name: 'Language' }).click();
    await pane.getByRole('option', { name: 'Français' }).click();
    await pane.getByRole('button', { name: 'Save' }).click();

    // The pane reloads in French: the sign-in view, the bar and the page language.
    await expect(pane.getByRole('heading', { name: 'Connexion à Halo' })).toBeVisible();
    await expect(pane.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(pane.getByRole('button', { name: 'Paramètres' })).toBeVisible();
    await expect(pane.getByRole('button', { name: 'Diagnostic' })).toBeVisible();

    await signInInPopup(page, () =>
      pane.getByRole('button', { name: 'Se connecter', exact: true }).click(),
    );
    await expect(pane.locator('main[data-view="pane"]')).toContainText('Bob Singh');
    await expect(pane.locator('main[data-view="pane"]')).toContainText('Tickets ouverts');

    // Settings and Diagnostics speak French too, and the choice survives a new add-in session.
    await pane.getByRole('button', { name: 'Paramètres' }).click();
    await expect(pane.getByRole('heading', { name: 'Paramètres' })).toBeVisible();
    await expect(pane.getByRole('combobox', { name: 'Langue' })).toContainText('Français');
    await page.getByRole('button', { name: 'Reopen pane' }).click();
    await expect(pane.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(pane.getByRole('button', { name: 'Paramètres' })).toBeVisible();

    // And back to English.
    await pane.getByRole('button', { name: 'Paramètres' }).click();
    await pane.getByRole('combobox', { name: 'Langue' }).click();
    await pane.getByRole('option', { name: 'English' }).click();
    await pane.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(pane.locator('html')).toHaveAttribute('lang', 'en');
    await expect(pane.getByRole('button', { name: 'Settings' })).toBeVisible();
  });

  test.describe('a French browser outside Outlook', () => {
    test.use({ locale: 'fr-FR' });

    test('gets the set-up in French from the first screen, failures included', async ({ page }) => {
      await page.goto(`${WORKBENCH_ORIGIN}/index.html`);
      await expect(page.getByRole('heading', { name: 'Se connecter à Halo' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

      await page.getByRole('button', { name: 'Se connecter' }).click();
      await expect(page.getByText('Saisissez l’adresse de votre Halo.')).toBeVisible();

      await page.getByRole('button', { name: 'Configurer Halo' }).click();
      await expect(page.locator('[data-setting="authMethod"]')).toContainText(
        'Méthode d’authentification',
      );

      await page.getByLabel('Adresse de Halo').fill(SIMULATOR_URL);
      await page.getByLabel('Client ID').fill('halo-outlook-dev');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await expect(page.getByRole('heading', { name: 'Connexion à Halo' })).toBeVisible();
    });
  });
});
