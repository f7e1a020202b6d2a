import { expect, test, type Workbench } from './support/workbench';

const SUCCEEDED = JSON.stringify({ status: 'succeeded' });

async function saveSetting(workbench: Workbench, value: string, sizeKb = 0): Promise<void> {
  await workbench.pane.getByLabel('Value').fill(value);
  await workbench.pane.getByLabel('Size (KB)').fill(sizeKb ? String(sizeKb) : '');
  await workbench.pane.getByLabel('Name').fill(sizeKb ? 'big' : 'greeting');
  await workbench.pane.getByRole('button', { name: 'Set and save' }).click();
}

test.describe('roaming settings', () => {
  test('a saved setting survives reopening the pane and reloading the page', async ({
    workbench,
    page,
  }) => {
    await workbench.open({ pane: 'probe' });
    await expect(workbench.probe('roaming-greeting')).toHaveText('(unset)');
    await saveSetting(workbench, 'hello from the pane');
    await expect(workbench.probe('roaming-save')).toHaveText(SUCCEEDED);

    await page.getByRole('button', { name: 'Reopen pane' }).click();
    await expect(workbench.probe('roaming-greeting')).toHaveText('hello from the pane');

    await page.reload();
    await expect(workbench.probe('roaming-greeting')).toHaveText('hello from the pane');
  });

  test('like Office, a reload inside the pane starts again from the settings it opened with', async ({
    workbench,
    page,
  }) => {
    await workbench.open({ pane: 'probe' });
    await saveSetting(workbench, 'saved after opening');
    await expect(workbench.probe('roaming-save')).toHaveText(SUCCEEDED);
    const pane = page.frames().find((f) => f.url().includes('/workbench/probe/'));
    await pane?.evaluate(() => location.reload());
    await expect(workbench.probe('ready')).toHaveText('Outlook OfficeOnline');
    await expect(workbench.probe('roaming-greeting')).toHaveText('(unset)');
  });

  test('saveAsync refuses more than 32 KB with error 9057 and keeps what was stored', async ({
    workbench,
    page,
  }) => {
    await workbench.open({ pane: 'probe' });
    await saveSetting(workbench, '', 30);
    await expect(workbench.probe('roaming-save')).toHaveText(SUCCEEDED);

    await saveSetting(workbench, '', 33);
    await expect(workbench.probe('roaming-save')).toHaveText(
      JSON.stringify({
        status: 'failed',
        error: {
          name: 'SettingsSizeExceeded',
          message:
            'The roaming settings exceed the 32 KB allowed for an add-in and were not saved.',
          code: 9057,
        },
      }),
    );

    await page.getByRole('button', { name: 'Reopen pane' }).click();
    await expect(workbench.probe('roaming-big')).toHaveText(`${30 * 1024} characters`);
  });
});
