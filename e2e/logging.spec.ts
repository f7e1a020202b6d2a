import type { Locator, Request } from '@playwright/test';
import {
  actionsHolding,
  expect,
  haloGet,
  openLogAction,
  resetHalo,
  SIMULATOR_URL,
  simulatorRequests,
  test,
  type Workbench,
} from './support/workbench';

// Logging email to Halo from the real pane in the workbench, against the simulator: append with
// files, create, the duplicate warning, a create whose answer is lost, Halo down (the outbox), and a
// refused attachment. Halo is checked through its own API (a token from the simulator's admin API)
// and through what the pane sent on the wire.

/**
 * Opens the pane signed in on the sample `file` and returns the log actions panel, once the pane is
 * ready for that email.
 */
async function logPanel(workbench: Workbench, file: string): Promise<Locator> {
  await workbench.openSignedIn(file);
  const panel = workbench.pane.locator('halo-log-actions-panel');
  await expect(panel.getByRole('group', { name: 'Log this email' })).toBeVisible();
  return panel;
}

/**
 * Signs in on the forwarded email with attachments and opens "Append to ticket" aimed at #1004.
 * Returns the panel and the form.
 */
async function appendForwardTo1004(
  workbench: Workbench,
): Promise<{ panel: Locator; form: Locator }> {
  const panel = await logPanel(workbench, '06-forward-with-attachments.eml');
  const form = await openLogAction(workbench.pane, 'Append to ticket');
  await form.getByRole('combobox', { name: 'Ticket' }).fill('1004');
  await workbench.pane
    .getByRole('option', { name: '#1004 Document management system slow' })
    .click();
  return { panel, form };
}

/** Arms a simulator fault (`POST /_sim/faults`). */
async function fault(spec: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${SIMULATOR_URL}/_sim/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(spec),
  });
  expect(response.status, JSON.stringify(spec)).toBe(201);
}

/** The file names stored on an action. */
async function filesOf(ticketId: number, actionId: number): Promise<string[]> {
  const page = await haloGet<{ attachments: { filename: string }[] }>(
    `Attachment?ticket_id=${ticketId}&action_id=${actionId}`,
  );
  return page.attachments.map((a) => a.filename).sort();
}

/** Tickets whose summary is `summary`. */
async function ticketsNamed(
  summary: string,
): Promise<{ id: number; client_id: number; user_id: number }[]> {
  const page = await haloGet<{
    tickets: { id: number; summary: string; client_id: number; user_id: number }[];
  }>(`Tickets?search=${encodeURIComponent(summary)}&count=50`);
  return page.tickets.filter((t) => t.summary === summary);
}

test.describe('logging email to Halo', () => {
  test.beforeEach(async () => {
    await resetHalo();
  });

  test.afterAll(async () => {
    await resetHalo();
  });

  test('append with three attachments: the action, its metadata and the files are in Halo', async ({
    workbench,
    page,
  }) => {
    const posted: Request[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && /\/api\/Actions$/i.test(new URL(r.url()).pathname))
        posted.push(r);
    });
    const { panel, form } = await appendForwardTo1004(workbench);
    await form.getByRole('spinbutton', { name: 'Time taken' }).fill('20');
    await form.getByRole('checkbox', { name: /recent-payments\.csv/ }).uncheck();
    await form.getByRole('checkbox', { name: /Security review\.ics/ }).uncheck();
    await form.getByRole('checkbox', { name: /The original email/ }).uncheck();
    await form.getByRole('button', { name: 'Add to #1004' }).click();

    await expect(panel.locator('halo-log-outcome')).toContainText('Logged to #1004.');
    await expect(panel.locator('halo-log-outcome')).toContainText('INV-20931.pdf Saved');
    await expect(panel.locator('.badge')).toHaveText('Logged to #1004');

    const [action] = await actionsHolding(1004, '<nf-fw-20931@northwind.example>');
    expect(action).toBeDefined();
    expect(await filesOf(1004, action.id)).toEqual([
      'INV-20931.pdf',
      'Overdue invoice INV-20931.eml',
      'payment-page.png',
    ]);
    expect(action.note_html).toContain('<b>From:</b> Nora Fields');
    expect(action.note_html).not.toContain('<script');

    // The action as sent: the fields and both spellings of the message id the reference lists.
    expect(posted.length).toBe(1);
    const [body] = posted[0].postDataJSON() as Record<string, unknown>[];
    expect(body).toEqual(
      expect.objectContaining({
        ticket_id: 1004,
        outcome_id: 21,
        hiddenfromuser: true,
        timetaken: 0.3333,
        sendemail: false,
        emailfrom: 'nora.fields@northwind.example',
        emailto: 'support@msp.example',
        emailsubject: 'FW: Overdue invoice INV-20931 - is this genuine?',
        internet_message_id: '<nf-fw-20931@northwind.example>',
        internetmessageid: '<nf-fw-20931@northwind.example>',
      }),
    );

    // Marked in Outlook (the workbench's master list has "Logged to Halo", not "Halo #1004").
    await expect(workbench.message('FW: Overdue invoice INV-20931')).toContainText(
      'Logged to Halo',
    );
  });

  test('create from a public-domain sender: a ticket for Pat under the catch-all client', async ({
    workbench,
  }) => {
    const panel = await logPanel(workbench, '08-public-domain-sender.eml');
    const form = await openLogAction(workbench.pane, 'Create ticket');

    await expect(form.getByRole('textbox', { name: 'Summary' })).toHaveValue(
      'Website contact form not working',
    );
    await expect(form.getByRole('combobox', { name: 'Client' })).toHaveValue(
      'Public Domain Senders',
    );
    await expect(form.getByRole('combobox', { name: 'Contact' })).toContainText('Pat Jones');
    await form
      .getByRole('textbox', { name: 'Summary' })
      .fill('Contact form: no confirmation email');
    await form.getByRole('button', { name: 'Create ticket' }).click();

    await expect(panel.locator('halo-log-outcome')).toContainText(/Created ticket #\d+\./);
    const [ticket] = await ticketsNamed('Contact form: no confirmation email');
    expect([ticket.client_id, ticket.user_id]).toEqual([4, 6]);
    expect(await actionsHolding(ticket.id, '<CAF=pat-002@mail.gmail.example>')).toHaveLength(1);
  });

  test('an email Halo already has: the warning, a link, append instead, and nothing added twice', async ({
    workbench,
  }) => {
    const panel = await logPanel(workbench, '02-printer-reply-already-logged.eml');
    await expect(panel.locator('.badge')).toHaveText('Logged to #1001');

    const create = await openLogAction(workbench.pane, 'Create ticket');
    const warning = create.getByRole('status');
    await expect(warning).toContainText('This email is already on ticket #1001.');
    await expect(warning.getByRole('link', { name: '#1001' })).toHaveAttribute(
      'href',
      `${SIMULATOR_URL}/tickets?id=1001`,
    );
    await warning.getByRole('button', { name: 'Append instead' }).click();
    const append = panel.getByRole('region', { name: 'Append to ticket' });
    await expect(append.getByRole('combobox', { name: 'Ticket' })).toHaveValue(/#1001/);
    await append.getByRole('button', { name: 'Add to #1001' }).click();
    await expect(panel.locator('halo-log-outcome')).toContainText(
      'This email is already on ticket #1001: nothing was added.',
    );
    expect(await actionsHolding(1001, '<thread-001-reply-1@contoso-dental.example>')).toHaveLength(
      1,
    );
    expect(await simulatorRequests('POST', '/api/Actions')).toBe(0);
  });

  test('a connection dropped after the create was sent: retried, exactly one ticket', async ({
    workbench,
  }) => {
    const panel = await logPanel(workbench, '03-card-reader-error-inline-images.eml');
    const form = await openLogAction(workbench.pane, 'Create ticket');
    const summary = 'Card reader error on Harbour Street reception PC';
    await expect(form.getByRole('textbox', { name: 'Summary' })).toHaveValue(summary);

    // Halo saves the ticket but the answer is lost; then Halo goes down, so the pane cannot look
    // the ticket up yet. (Halo holds the create 2 s before saving it, long enough to take it down.)
    await fault({ route: '/api/Tickets', method: 'POST', dropAfterHandling: true, delayMs: 2000 });
    await form.getByRole('button', { name: 'Create ticket' }).click();
    await expect.poll(() => simulatorRequests('POST', '/api/Tickets'), { intervals: [50] }).toBe(1);
    await fault({ pattern: '^/api/', drop: true, count: 'always' });

    const outcome = panel.locator('halo-log-outcome');
    await expect(outcome).toContainText('Kept in the outbox on this device');

    // Halo is back: the retry finds the ticket the lost create made, and carries on from it.
    await fetch(`${SIMULATOR_URL}/_sim/faults`, { method: 'DELETE' });
    await outcome.getByRole('button', { name: 'Retry now' }).click();
    await expect(outcome).toContainText(/Logged to #\d+|Created ticket #\d+/);

    const tickets = await ticketsNamed(summary);
    expect(tickets).toHaveLength(1);
    expect(await simulatorRequests('POST', '/api/Tickets')).toBe(1);
    expect(
      await actionsHolding(tickets[0].id, '<CAHs8-card-reader-7731@contoso-dental.example>'),
    ).toHaveLength(1);
  });

  test('Halo down: the email waits in the outbox, survives reopening the pane, and is logged once', async ({
    workbench,
    page,
  }) => {
    const panel = await logPanel(workbench, '04-sent-on-behalf-of-alice.eml');
    const form = await openLogAction(workbench.pane, 'Append to ticket');
    await form.getByRole('combobox', { name: 'Ticket' }).fill('1002');
    await workbench.pane.getByRole('option', { name: '#1002 New starter laptop setup' }).click();

    await fault({ pattern: '^/api/', drop: true, count: 'always' });
    await form.getByRole('button', { name: 'Add to #1002' }).click();
    const outbox = panel.locator('halo-outbox-list');
    await expect(panel.locator('halo-log-outcome')).toContainText(
      'Kept in the outbox on this device',
    );
    await expect(outbox).toContainText('Append to ticket: Reception PC very slow');

    // A new pane session: the outbox is still there.
    await page.getByRole('button', { name: 'Reopen pane' }).click();
    const reopened = workbench.pane.locator('halo-log-actions-panel halo-outbox-list');
    await expect(reopened).toContainText('Append to ticket: Reception PC very slow', {
      timeout: 15_000,
    });

    // Halo is back: Retry sends it, once.
    await fetch(`${SIMULATOR_URL}/_sim/faults`, { method: 'DELETE' });
    await reopened.getByRole('button', { name: 'Retry' }).click();
    await expect(reopened.locator('li')).toHaveCount(0, { timeout: 15_000 });
    expect(await actionsHolding(1002, '<reception-5521@contoso-dental.example>')).toHaveLength(1);
    expect(await simulatorRequests('POST', '/api/Actions')).toBe(1);
  });

  test('one refused attachment is reported on its own and retried alone', async ({ workbench }) => {
    const { panel, form } = await appendForwardTo1004(workbench);
    await form.getByRole('checkbox', { name: /Overdue invoice/ }).uncheck();
    await form.getByRole('checkbox', { name: /Security review\.ics/ }).uncheck();
    await form.getByRole('checkbox', { name: /The original email/ }).uncheck();

    // Halo answers the first file as it answers one it did not store.
    await fault({
      route: '/api/Attachment',
      method: 'POST',
      status: 200,
      body: {
        id: 0,
        filename: 'INV-20931.pdf',
        _warning: 'Unable to save attachment INV-20931.pdf',
      },
      count: 1,
    });
    await form.getByRole('button', { name: 'Add to #1004' }).click();
    const outcome = panel.locator('halo-log-outcome');
    await expect(outcome).toContainText('Logged to #1004, but 1 file(s) did not reach Halo.');
    await expect(outcome).toContainText('INV-20931.pdf Not saved');
    await expect(outcome).toContainText('payment-page.png Saved');

    await outcome.getByRole('button', { name: 'Retry what failed' }).click();
    await expect(outcome).toContainText('Logged to #1004.');
    const [action] = await actionsHolding(1004, '<nf-fw-20931@northwind.example>');
    expect(await filesOf(1004, action.id)).toEqual([
      'INV-20931.pdf',
      'payment-page.png',
      'recent-payments.csv',
    ]);
    expect(await simulatorRequests('POST', '/api/Actions')).toBe(1);
    expect(await simulatorRequests('POST', '/api/Attachment')).toBe(4);
  });
});
