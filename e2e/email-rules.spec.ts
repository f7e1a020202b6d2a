import type { FrameLocator } from '@playwright/test';
import {
  actionsHolding,
  expect,
  openLogAction,
  readyPane,
  resetHalo,
  SIMULATOR_URL,
  simulatorRequests,
  test,
  type Workbench,
} from './support/workbench';

// Halo's email rules in the pane, as provide-pane-plugins.ts registers the email rules plugin, in
// the workbench against the simulator's seeded rules (projects/halo-simulator/src/seed/email-rules.ts):
// Create ticket starts with a rule's ticket type and says why; an email Halo would ignore gets a
// calm note, and can still be logged; a tag mapped to a ticket type in Settings preselects it;
// where Halo does not let the agent read its rules, those kept in Settings apply.

/** Opens Settings, lets `change` fill it in, saves, and goes back to the email. */
async function inSettings(
  workbench: Workbench,
  change: (settings: FrameLocator) => Promise<void>,
): Promise<void> {
  const { pane } = workbench;
  await pane.getByRole('button', { name: 'Settings' }).click();
  await expect(pane.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await change(pane);
  await pane.getByRole('button', { name: 'Save' }).click();
  await expect(pane.getByText('Settings saved.')).toBeVisible();
  await pane.getByRole('button', { name: 'Back' }).click();
}

test.describe('Halo’s email rules in the pane', () => {
  test.beforeEach(async () => {
    await resetHalo();
  });

  test.afterAll(async () => {
    await resetHalo();
  });

  test('an email a Halo rule catches: Create ticket starts with the rule’s ticket type, and says why', async ({
    workbench,
  }) => {
    await workbench.openSignedIn('03-card-reader-error-inline-images.eml');

    const rule = workbench.pane
      .getByRole('list', { name: 'Tags' })
      .getByRole('button', { name: /Reception PCs/ });
    await rule.click();
    const reasons = workbench.pane.locator(`#${await rule.getAttribute('aria-controls')}`);
    await expect(reasons).toContainText('Halo\'s email rule "Reception PCs" applies');
    await expect(reasons).toContainText('Asset tag: CD-0142.');

    const form = await openLogAction(workbench.pane, 'Create ticket');
    const type = form.getByRole('combobox', { name: 'Ticket type' });
    await expect(type).toContainText('Incident');
    await expect(form.getByText('From email rule “Reception PCs”')).toBeVisible();

    // The agent can still choose another type; the form then no longer names the rule.
    await type.click();
    await workbench.pane.getByRole('option', { name: 'Service Request' }).click();
    await expect(type).toContainText('Service Request');
    await expect(form.getByText('From email rule “Reception PCs”')).toHaveCount(0);

    // Halo's rules are read once per session, not once per email.
    await workbench.select('04-sent-on-behalf-of-alice.eml');
    await readyPane(workbench.pane);
    expect(await simulatorRequests('GET', '/api/EmailRule')).toBe(1);
  });

  test('an email Halo’s rules would ignore: the pane says so, calmly, and it can still be logged', async ({
    workbench,
  }) => {
    await workbench.openSignedIn('04-sent-on-behalf-of-alice.eml');
    // Halo does not name its rule types: the agent says which mean "ignore" (the simulator's 3).
    await inSettings(workbench, async (pane) => {
      await pane.getByRole('textbox', { name: 'Rule types that ignore an email' }).fill('3');
    });

    await workbench.select('10-hostile-html.eml');
    await readyPane(workbench.pane);
    const note = workbench.pane.getByRole('note', { name: 'Halo’s email rules' });
    await expect(note).toContainText(
      'Halo’s email rule “Security alert mailers” would ignore this email',
    );
    await expect(note).toContainText('ask your Halo administrator to change the rule');
    await expect(workbench.pane.getByRole('alert')).toHaveCount(0);

    // Logged all the same: a ticket (for a client the agent picks: Halo does not know the sender).
    const form = await openLogAction(workbench.pane, 'Create ticket');
    await form.getByRole('combobox', { name: 'Client' }).fill('Contoso');
    await workbench.pane.getByRole('option', { name: 'Contoso Dental' }).click();
    await form.getByRole('button', { name: 'Create ticket' }).click();
    const outcome = workbench.pane.locator('halo-log-actions-panel halo-log-outcome');
    await expect(outcome).toContainText(/Created ticket #\d+\./);
    const ticketId = Number(/Created ticket #(\d+)/.exec((await outcome.textContent()) ?? '')?.[1]);
    expect(await actionsHolding(ticketId, '<alert-99812@unknown-sender.example>')).toHaveLength(1);
  });

  test('a billing email, with Billing mapped to a ticket type in Settings: Create ticket starts with it', async ({
    workbench,
  }) => {
    await workbench.openSignedIn('06-forward-with-attachments.eml');
    await expect(
      workbench.pane.getByRole('list', { name: 'Tags' }).getByRole('button', {
        name: /Billing question/,
      }),
    ).toBeVisible();

    await inSettings(workbench, async (pane) => {
      await pane.getByRole('combobox', { name: 'Billing question' }).click();
      await pane.getByRole('option', { name: 'Service Request' }).click();
    });

    const form = await openLogAction(workbench.pane, 'Create ticket');
    await expect(form.getByRole('combobox', { name: 'Ticket type' })).toContainText(
      'Service Request',
    );
    await expect(form.getByText('From tag “Billing question”')).toBeVisible();
  });

  test('where Halo does not let the agent read its rules, the rules kept in Settings apply', async ({
    workbench,
  }) => {
    const switched = await fetch(`${SIMULATOR_URL}/_sim/variants`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ emailRuleAccess: 'forbidden' }),
    });
    expect(switched.status).toBe(200);
    await workbench.openSignedIn('04-sent-on-behalf-of-alice.eml');

    await inSettings(workbench, async (pane) => {
      const rules = pane.getByRole('textbox', { name: 'Rules kept in Settings (JSON)' });
      // A typo first: the problem is named and the text is kept.
      await rules.fill('[{ "name": "Door entry", "subject": "door entry" }]');
      await pane.getByRole('button', { name: 'Save' }).click();
      await expect(pane.getByRole('alert')).toContainText(
        'Rule 1 has “subject”, which rules do not have: check its spelling.',
      );
      await expect(rules).toHaveValue('[{ "name": "Door entry", "subject": "door entry" }]');
      await rules.fill(
        '[{ "name": "Door entry", "subjectContains": "door entry", "ticketTypeId": 4 }]',
      );
    });

    await workbench.select('07-shared-domain-new-contact.eml');
    await readyPane(workbench.pane);
    const form = await openLogAction(workbench.pane, 'Create ticket');
    await expect(form.getByRole('combobox', { name: 'Ticket type' })).toContainText(
      'Change Request',
    );
    await expect(form.getByText('From email rule “Door entry”')).toBeVisible();
    // Refused once, Halo is not asked again at each email; no problem is shown for it.
    expect(await simulatorRequests('GET', '/api/EmailRule')).toBe(1);
    await expect(workbench.pane.getByText(/lookups? did not finish/)).toHaveCount(0);
  });
});
