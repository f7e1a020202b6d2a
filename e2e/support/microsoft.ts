import type { APIRequestContext, FrameLocator, Locator, Page } from '@playwright/test';
import { expect, readyPane, resetHalo, type Workbench } from './workbench';
import { WORKBENCH_MS_PORT } from './workbench-ports';

/** The Microsoft simulator the workbench starts (Entra authority + Graph, self-signed HTTPS). */
export const MS_URL = `https://127.0.0.1:${WORKBENCH_MS_PORT}`;

/** One request the Microsoft simulator logged (`GET /_ms/log`). */
export interface MsLogEntry {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  token: { user: string; scopes: string[] } | null;
}

/** Resets the Microsoft simulator (consent, tokens, request log) and the Halo simulator. */
export async function resetSimulators(request: APIRequestContext): Promise<void> {
  await resetHalo();
  expect((await request.post(`${MS_URL}/_ms/reset`)).status(), 'POST /_ms/reset').toBe(200);
}

/** The Microsoft simulator's GET requests for an area. */
export async function msLog(
  request: APIRequestContext,
  area: 'graph' | 'identity',
): Promise<MsLogEntry[]> {
  const response = await request.get(`${MS_URL}/_ms/log?area=${area}&method=GET`);
  expect(response.status(), 'GET /_ms/log').toBe(200);
  return ((await response.json()) as { entries: MsLogEntry[] }).entries;
}

/** Opens the workbench with the Entra features given to the pane (`?entra=1`). */
export async function openWithEntra(
  workbench: Workbench,
  query: Record<string, string> = {},
): Promise<void> {
  await workbench.open({ entra: '1', pinned: '1', width: '400', theme: 'light', ...query });
}

/** The Settings view's Microsoft 365 section, over the pane. */
export async function openEntraSettings(pane: FrameLocator): Promise<Locator> {
  await pane.getByRole('button', { name: 'Settings' }).click();
  const section = pane.locator('halo-entra-settings');
  await expect(section.getByRole('heading', { name: 'Microsoft 365' })).toBeVisible();
  return section;
}

/** Signs in with Microsoft from Settings: the pop-up, the authority's login form, Alex. */
export async function signInWithMicrosoft(page: Page, section: Locator): Promise<void> {
  const popupOpened = page.waitForEvent('popup');
  await section.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  const popup = await popupOpened;
  await popup.getByLabel('Email').fill('alex.morgan@msp.example');
  await popup.getByLabel('Password').fill('halo');
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Sign in' }).click();
  await closed; // the redirect page handed the answer to the pane, and the pop-up closed
  await expect(section).toContainText('Signed in to Microsoft as alex.morgan@msp.example');
}

/**
 * Opens the workbench with Entra (`query` added, e.g. `{ mailbox: '1.8' }`) on the sample `file`,
 * signs in to Halo, then with Microsoft from Settings, comes back and waits until the pane is
 * ready. Returns the pane view.
 */
export async function signedInEverywhere(
  workbench: Workbench,
  page: Page,
  file: string,
  query: Record<string, string> = {},
): Promise<Locator> {
  await openWithEntra(workbench, query);
  await workbench.select(file);
  await workbench.signIn();
  await signInWithMicrosoft(page, await openEntraSettings(workbench.pane));
  await workbench.pane.getByRole('button', { name: 'Back' }).click();
  return readyPane(workbench.pane);
}
