import {
  actionsHolding,
  expect,
  haloFetch,
  haloGet,
  openLogAction,
  sampleBytes,
  test,
} from './support/workbench';
import {
  msLog,
  openEntraSettings as openSettings,
  openWithEntra,
  resetSimulators,
  signInWithMicrosoft,
  signedInEverywhere,
} from './support/microsoft';
import { WORKBENCH_PORT } from './support/workbench-ports';

// The optional Microsoft Entra features in the real pane, in the workbench, against the Microsoft
// simulator (a local HTTPS OpenID authority and Microsoft Graph): sign in with Microsoft from
// Settings through the pop-up and the authority's login form; and, on an Outlook that cannot
// export the message (Mailbox 1.8), the original .eml logged to Halo fetched from Graph's $value.

const MSP_TENANT = '3f6c2a8e-1d4b-4c7a-9e25-6b0d8f1a7c43';
const REDIRECT_PAGE = `http://127.0.0.1:${WORKBENCH_PORT}/auth/entra-redirect.html`;

test.describe('Microsoft Entra sign-in and Graph', () => {
  test.beforeEach(async ({ request }) => resetSimulators(request));

  test('signs in with Microsoft through the authority’s pop-up; Settings show the account', async ({
    workbench,
    page,
    request,
  }) => {
    await openWithEntra(workbench);
    await workbench.select('01-printer-reply-with-ticket-id.eml');
    const section = await openSettings(workbench.pane);
    await expect(section).toContainText(
      'Sign in with your Microsoft work account to use the features below.',
    );

    await signInWithMicrosoft(page, section);
    await expect(section).toContainText(`Tenant ${MSP_TENANT}`);
    await expect(section).toContainText('User.Read: granted');
    await expect(section).toContainText('Mail.Read: granted');

    // The pop-up came back through the add-in's own redirect page, with a code MSAL redeemed.
    const authorize = (await msLog(request, 'identity')).filter((e) =>
      e.path.endsWith('/oauth2/v2.0/authorize'),
    );
    expect(authorize.map((e) => e.query['redirect_uri'])).toContain(REDIRECT_PAGE);

    // Signing out forgets the account on this device, without any redirect.
    await section.getByRole('button', { name: 'Sign out of Microsoft' }).click();
    await expect(section.getByRole('button', { name: 'Sign in with Microsoft' })).toBeVisible();
    await expect(section).toContainText('Mail.Read: sign in to check');
    expect(page.url()).toContain('/workbench/');
  });

  test('on an Outlook without getAsFileAsync, the original .eml comes from Graph’s $value', async ({
    workbench,
    page,
    request,
  }) => {
    const file = '06-forward-with-attachments.eml';
    await signedInEverywhere(workbench, page, file, { mailbox: '1.8' });
    const pane = workbench.pane;
    const panel = pane.locator('halo-log-actions-panel');
    const form = await openLogAction(pane, 'Append to ticket');
    await form.getByRole('combobox', { name: 'Ticket' }).fill('1004');
    await pane.getByRole('option', { name: '#1004 Document management system slow' }).click();
    // Only the original message: every file unticked.
    const picker = form.getByRole('group', { name: 'Files' });
    const ticked = picker.getByRole('checkbox', { checked: true });
    while ((await ticked.count()) > 0) await ticked.first().uncheck();
    // Mailbox 1.8 cannot export the message; the signed-in Graph can, so it is offered.
    await form.getByRole('checkbox', { name: /The original email/ }).check();
    await form.getByRole('button', { name: 'Add to #1004' }).click();
    await expect(panel.locator('halo-log-outcome')).toContainText('Logged to #1004.');

    // Graph was asked for the message's MIME, by its REST id, with Alex's Mail.Read token.
    const values = (await msLog(request, 'graph')).filter((e) => e.path.endsWith('/$value'));
    expect(values).toHaveLength(1);
    expect(values[0]).toEqual(
      expect.objectContaining({
        status: 200,
        token: expect.objectContaining({
          user: 'alex.morgan@msp.example',
          scopes: expect.arrayContaining(['Mail.Read']),
        }),
      }),
    );

    // Halo has the .eml, byte for byte the message in the mailbox.
    const [action] = await actionsHolding(1004, '<nf-fw-20931@northwind.example>');
    expect(action, 'the logged action').toBeDefined();
    const files = await haloGet<{ attachments: { id: number; filename: string }[] }>(
      `Attachment?ticket_id=1004&action_id=${action?.id}`,
    );
    expect(files.attachments.map((a) => a.filename)).toEqual([
      'FW Overdue invoice INV-20931 - is this genuine.eml',
    ]);
    const bytes = Buffer.from(
      await (await haloFetch(`Attachment/${files.attachments[0].id}`)).arrayBuffer(),
    );
    expect(bytes.equals(sampleBytes(file))).toBe(true);
  });
});
