import { expect, test as base, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { WORKBENCH_PORT, WORKBENCH_SIM_PORT } from './workbench-ports';

/** The workbench's origin (the pane's origin too). */
export const WORKBENCH_ORIGIN = `http://127.0.0.1:${WORKBENCH_PORT}`;
/** The simulator's URL, as the workbench gives it to the pane. */
export const SIMULATOR_URL = `http://127.0.0.1:${WORKBENCH_SIM_PORT}`;

/** Reads a sample email's bytes from the repository. */
export function sampleBytes(file: string): Buffer {
  return readFileSync(join('projects/workbench/samples', file));
}

/** The workbench page, as a user sees it. */
export class Workbench {
  constructor(readonly page: Page) {}

  /** Opens the workbench (query: `pane=probe`, `pinned=0`, `mailbox=1.8`, `width=320`, `theme=dark`). */
  async open(query: Record<string, string> = {}): Promise<void> {
    await this.page.goto(`${WORKBENCH_ORIGIN}/workbench/?${new URLSearchParams(query)}`);
    await expect(this.page.locator('body[data-ready=true]')).toBeAttached();
  }

  /** The message list. */
  get messages(): Locator {
    return this.page.getByRole('listbox', { name: 'Messages' }).getByRole('option');
  }

  /** The list row whose text contains `text`. */
  message(text: string): Locator {
    return this.messages.filter({ hasText: text });
  }

  /** Selects the message whose row contains `text`, or whose sample file is `text` (`*.eml`). */
  async select(text: string): Promise<void> {
    const row = text.endsWith('.eml')
      ? this.page.locator(`[role=option][data-key="${text}"]`)
      : this.message(text);
    await row.click();
    await expect(row).toHaveAttribute('aria-selected', 'true');
  }

  /** The task pane's frame. */
  get pane(): FrameLocator {
    return this.page.frameLocator('iframe[title="Halo for Outlook task pane"]');
  }

  /** A value the probe page wrote (`[data-probe=<name>]`). */
  probe(name: string): Locator {
    return this.pane.locator(`[data-probe="${name}"]`);
  }

  /** Signs the pane in to the simulator as Alex (agent 2), through the Office dialog. */
  async signIn(): Promise<void> {
    const popupOpened = this.page.waitForEvent('popup');
    await this.pane.getByRole('button', { name: 'Sign in', exact: true }).click();
    const popup = await popupOpened;
    await popup.getByLabel('Login').fill('alex');
    await popup.getByLabel('Password').fill('halo');
    await popup.getByRole('button', { name: 'Log in' }).click();
    await expect(this.pane.locator('halo-pane-view')).toBeVisible();
  }

  /**
   * Opens the pinned pane (360 px, light; `query` added to the start URL, e.g. `{ runbookUrl }`) on
   * the sample `file`, signs in to Halo as Alex, and waits until the pane is ready for that email.
   * Returns the pane view.
   */
  async openSignedIn(file: string, query: Record<string, string> = {}): Promise<Locator> {
    await this.open({ pinned: '1', width: '360', theme: 'light', ...query });
    await this.select(file);
    await this.signIn();
    return readyPane(this.pane);
  }

  /** The probe value parsed as JSON. */
  async probeJson<T>(name: string): Promise<T> {
    return JSON.parse((await this.probe(name).textContent()) ?? 'null') as T;
  }
}

/**
 * Signs in as Alex in the simulator's login window that `open` opens (a pop-up, or the Office
 * dialog's window), and waits until that window has closed.
 */
export async function signInInPopup(page: Page, open: () => Promise<void>): Promise<void> {
  const popupOpened = page.waitForEvent('popup');
  await open();
  const popup = await popupOpened;
  await expect(popup.getByRole('heading', { name: 'Halo Simulator' })).toBeVisible();
  await popup.getByLabel('Login').fill('alex');
  await popup.getByLabel('Password').fill('halo');
  await popup.getByRole('button', { name: 'Log in' }).click();
  await expect.poll(() => popup.isClosed()).toBe(true);
}

/**
 * Opens a log action (its button in "Log this email": `Create ticket`, `Append to ticket`, `Log the
 * conversation`…) in the pane's log panel, and returns its form's region once its form shows.
 */
export async function openLogAction(pane: FrameLocator, label: string): Promise<Locator> {
  const panel = pane.locator('halo-log-actions-panel');
  await panel
    .getByRole('group', { name: 'Log this email' })
    .getByRole('button', { name: label, exact: true })
    .click();
  const form = panel.getByRole('region', { name: label });
  await expect(form.locator('form')).toBeVisible();
  return form;
}

/** A GET of Halo's API as the simulator answers it (200 expected), with a token of Alex's. */
export async function haloFetch(path: string): Promise<Response> {
  const token = await fetch(`${SIMULATOR_URL}/_sim/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ agent: 'alex' }),
  }).then((r) => r.json() as Promise<{ access_token: string }>);
  const response = await fetch(`${SIMULATOR_URL}/api/${path}`, {
    headers: { Authorization: `Bearer ${token.access_token}` },
  });
  expect(response.status, `GET /api/${path}`).toBe(200);
  return response;
}

/** Halo as the simulator has it, read with a token of Alex's (the admin API's test facility). */
export async function haloGet<T>(path: string): Promise<T> {
  return (await (await haloFetch(path)).json()) as T;
}

/** An action of a ticket as Halo's API returns it (`GET /api/Actions`, with its HTML note). */
export interface HaloAction {
  id: number;
  ticket_id: number;
  internet_message_id?: string;
  note_html?: string;
}

/**
 * The actions of ticket `ticketId` holding the email with this Message-ID (or one of these), oldest
 * first.
 */
export async function actionsHolding(
  ticketId: number,
  messageIds: string | readonly string[],
): Promise<HaloAction[]> {
  const ids = typeof messageIds === 'string' ? [messageIds] : messageIds;
  const page = await haloGet<{ actions: HaloAction[] }>(
    `Actions?ticket_id=${ticketId}&includehtmlnote=true`,
  );
  return page.actions
    .filter((a) => ids.includes(a.internet_message_id ?? ''))
    .sort((a, b) => a.id - b.id);
}

/** How many `method` requests for `path` the Halo simulator had (`GET /_sim/log`). */
export async function simulatorRequests(method: string, path: string): Promise<number> {
  const log = await fetch(
    `${SIMULATOR_URL}/_sim/log?method=${method}&path=${encodeURIComponent(path)}`,
  );
  return ((await log.json()) as { count: number }).count;
}

/** Puts the Halo simulator back to its seed (data, faults, variants). */
export async function resetHalo(): Promise<void> {
  await fetch(`${SIMULATOR_URL}/_sim/reset`, { method: 'POST' });
}

/** The pane view, once it is ready for the email on show. */
export async function readyPane(pane: FrameLocator): Promise<Locator> {
  const view = pane.locator('halo-pane-view');
  await expect(view).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  return view;
}

/** Playwright `test` with a `workbench` fixture; fails a test on any uncaught page error. */
export const test = base.extend<{ workbench: Workbench }>({
  workbench: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(new Workbench(page));
    expect(errors, 'uncaught errors in the workbench or the pane').toEqual([]);
  },
});

export { expect };
