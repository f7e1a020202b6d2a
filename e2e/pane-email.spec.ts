import type { FrameLocator, Locator } from '@playwright/test';
import { docScreenshot } from './support/doc-screenshot';
import {
  expect,
  haloGet,
  readyPane,
  resetHalo,
  sampleBytes,
  SIMULATOR_URL,
  test,
} from './support/workbench';

// The pane for the current email, in the workbench against the simulator's fixed records
// (projects/halo-simulator/README.md): Alice Carter of Contoso Dental, the two Northwind clients
// sharing northwind.example, and unknown-sender.example, which Halo knows nothing of.

/** A ticket's row in the pane. */
function ticketRow(pane: FrameLocator, id: number): Locator {
  return pane.locator(`halo-ticket-row[data-ticket="${id}"]`);
}

test.describe('the pane for the current email', () => {
  test.beforeEach(async () => {
    // Each scenario starts from the simulator's seed (and leaves it so for the next spec).
    await resetHalo();
  });

  test.afterAll(async () => {
    await resetHalo();
  });

  test('a known contact: the tickets listed, one assigned to me and moved on, as Halo has it after Refresh', async ({
    workbench,
  }) => {
    await workbench.openSignedIn('01-printer-reply-with-ticket-id.eml');
    const pane = workbench.pane;

    const card = pane.locator('halo-sender-card');
    await expect(card.getByRole('heading', { name: 'Alice Carter' })).toBeVisible();
    await expect(card).toContainText('alice.carter@contoso-dental.example');
    await expect(card).toContainText('Contoso Dental');
    await expect(card).toContainText('Main Surgery');

    // The thread's ticket, highlighted; the client's other open tickets below it.
    const thread = pane.getByRole('region', { name: "This email's thread" });
    await expect(thread.locator('halo-ticket-row')).toHaveCount(1);
    await expect(ticketRow(pane, 1001)).toContainText('Printer offline in reception');
    const open = pane.getByRole('region', { name: /Open tickets/ });
    await expect(open.locator('halo-ticket-row[data-ticket="1002"]')).toContainText(
      'New starter laptop setup',
    );
    await expect(ticketRow(pane, 1001).getByRole('link')).toHaveAttribute(
      'href',
      `${SIMULATOR_URL}/tickets?id=1001`,
    );

    // Why it matched, on demand.
    await card.getByRole('button', { name: 'Why it matched' }).click();
    await expect(card).toContainText(
      "alice.carter@contoso-dental.example is Alice Carter's address in Halo.",
    );

    const laptop = ticketRow(pane, 1002);
    await expect(laptop).toContainText('Unassigned');
    await laptop.getByRole('button', { name: 'Assign #1002 to me' }).click();
    await expect(laptop).toContainText('Yours');
    await expect(laptop.getByRole('button', { name: 'Assign #1002 to me' })).toHaveCount(0);

    await laptop.getByRole('button', { name: /Status of #1002: New/ }).click();
    await pane.getByRole('menuitemradio', { name: 'Action Required' }).click();
    await expect(laptop.getByRole('button', { name: /Status of #1002/ })).toContainText(
      'Action Required',
    );

    // Refresh asks Halo again: what it shows now is Halo's.
    await pane.getByRole('button', { name: 'Refresh from Halo' }).click();
    await readyPane(pane);
    await expect(laptop).toContainText('Yours');
    await expect(laptop.getByRole('button', { name: /Status of #1002/ })).toContainText(
      'Action Required',
    );
    const saved = await haloGet<{ agent_id: number; status_id: number }>('Tickets/1002');
    expect([saved.agent_id, saved.status_id]).toEqual([2, 3]);

    // Mine: the client's open tickets assigned to me.
    const mine = open.getByRole('group', { name: 'Which open tickets' }).getByRole('button', {
      name: 'Mine',
    });
    await mine.click();
    await expect(mine).toHaveAttribute('aria-pressed', 'true');
    await readyPane(pane);
    await expect(open.locator('halo-ticket-row[data-ticket="1002"]')).toBeVisible();
  });

  test("an ambiguous domain: the agent chooses the client, remembered for the sender's next email", async ({
    workbench,
    page,
  }) => {
    await workbench.openSignedIn('07-shared-domain-new-contact.eml');
    const pane = workbench.pane;

    const choice = pane.getByRole('region', { name: 'Which client is this?' });
    await expect(choice).toContainText('2 clients in Halo match northwind.example.');
    await expect(pane.locator('halo-ticket-list')).toContainText('Choose the client above');
    await choice
      .getByRole('checkbox', { name: 'Remember for frontdesk@northwind.example' })
      .check();
    await choice.getByRole('button', { name: 'Northwind Legal' }).click();

    await expect(choice).toHaveCount(0);
    await readyPane(pane);
    await expect(pane.getByRole('region', { name: /Open tickets/ })).toContainText(
      'Northwind Legal',
    );
    await expect(ticketRow(pane, 1004)).toContainText('Document management system slow');

    // The sender writes again: the pane uses the remembered client without asking.
    const next = sampleBytes('07-shared-domain-new-contact.eml')
      .toString('utf8')
      .replace(
        'Subject: Door entry system offline at the main entrance',
        'Subject: Door entry: still offline',
      )
      .replace('<frontdesk-0311-001@northwind.example>', '<frontdesk-0311-002@northwind.example>');
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'next.eml', { type: 'message/rfc822' }));
      return data;
    }, next);
    await page.locator('#inbox').dispatchEvent('drop', { dataTransfer: transfer });
    await expect(workbench.message('Door entry: still offline')).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(pane.getByRole('heading', { name: 'Door entry: still offline' })).toBeVisible();
    await readyPane(pane);

    await expect(pane.getByRole('region', { name: 'Which client is this?' })).toHaveCount(0);
    await expect(pane.getByRole('region', { name: /Open tickets/ })).toContainText(
      'Northwind Legal',
    );
    const card = pane.locator('halo-sender-card');
    await card.getByRole('button', { name: 'Why it matched' }).click();
    await expect(card).toContainText('You chose it for this sender before.');
  });

  test('an unknown sender: not in Halo, then created as a contact', async ({ workbench }) => {
    await workbench.openSignedIn('09-unknown-sender.eml');
    const pane = workbench.pane;

    const card = pane.locator('halo-sender-card');
    await expect(card).toContainText('Not in Halo');
    await card.getByRole('button', { name: 'Create contact' }).click();

    await expect(card.getByLabel('Name')).toHaveValue('Jordan Blake');
    await expect(card.getByLabel('Email')).toHaveValue('jordan.blake@unknown-sender.example');
    await expect(card.getByLabel('Name')).toBeFocused();

    // Bad input is said next to the field, and nothing typed is lost.
    await card.getByRole('button', { name: 'Create contact' }).click();
    await expect(card).toContainText('Choose the client from the list.');
    await expect(card.getByLabel('Name')).toHaveValue('Jordan Blake');

    await card.getByRole('combobox', { name: 'Client' }).fill('Contoso');
    await pane.getByRole('option', { name: 'Contoso Dental' }).click();
    await card.getByRole('combobox', { name: 'Site' }).click();
    await pane.getByRole('option', { name: 'Harbour Street Clinic' }).click();
    await card.getByRole('button', { name: 'Create contact' }).click();

    await expect(card.getByRole('heading', { name: 'Jordan Blake' })).toBeVisible();
    await expect(card).not.toContainText('Not in Halo');
    await expect(card).toContainText('Contoso Dental');
    await expect(card).toContainText('Harbour Street Clinic');
    const found = await haloGet<{
      users: { name: string; site_id_int: number; client_id: number }[];
    }>('Users?search=jordan.blake%40unknown-sender.example');
    expect(found.users.map((u) => [u.name, u.client_id, u.site_id_int])).toEqual([
      ['Jordan Blake', 1, 2],
    ]);
  });

  test('screenshots for the docs: a known contact, an ambiguous domain, an unknown sender', async ({
    workbench,
    page,
  }) => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await workbench.open({ pinned: '1', width: '320', theme: 'light' });
    await workbench.select('01-printer-reply-with-ticket-id.eml');
    await workbench.signIn();
    const frame = page.locator('iframe[title="Halo for Outlook task pane"]');
    const shots: [file: string, sample: string][] = [
      ['known', '01-printer-reply-with-ticket-id.eml'],
      ['ambiguous', '07-shared-domain-new-contact.eml'],
      ['unknown', '09-unknown-sender.eml'],
    ];
    for (const width of ['320', '450']) {
      await page.getByLabel('Pane width').selectOption(width);
      await expect.poll(async () => (await frame.boundingBox())?.width).toBe(Number(width));
      for (const [name, sample] of shots) {
        await workbench.select(sample);
        await readyPane(workbench.pane);
        await frame.screenshot({ path: docScreenshot(`pane-email-${name}-${width}.png`) });
      }
    }
  });
});
