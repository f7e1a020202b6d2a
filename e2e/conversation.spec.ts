import type { Locator } from '@playwright/test';
import { msLog, resetSimulators, signedInEverywhere } from './support/microsoft';
import {
  actionsHolding,
  expect,
  openLogAction,
  readyPane,
  test,
  type Workbench,
} from './support/workbench';

// "Log the conversation" in the real pane, in the workbench: the agent signed in to Halo and to
// Microsoft (the Microsoft simulator's authority); Graph lists the X-ray thread's four messages
// (workbench samples 11–14) and gives each one's .eml; each is added once, oldest first, to one
// ticket; running it again adds nothing and downloads nothing.

/** The thread's Message-IDs, oldest first (the samples' headers). */
const THREAD = [
  '<xray-share-001@contoso-dental.example>',
  '<xray-share-002@msp.example>',
  '<xray-share-003@contoso-dental.example>',
  '<xray-share-004@msp.example>',
];

/** Opens "Log the conversation" for the email on show; returns its form, listing the 4 messages. */
async function openConversationForm(workbench: Workbench): Promise<Locator> {
  await readyPane(workbench.pane);
  const form = await openLogAction(workbench.pane, 'Log the conversation');
  await expect(form.getByRole('option')).toHaveCount(4, { timeout: 15_000 });
  return form;
}

/** Aims the form at #1002 and adds every message. */
async function addAllTo1002(workbench: Workbench, form: Locator): Promise<void> {
  await form.getByRole('combobox', { name: 'Ticket' }).fill('1002');
  await workbench.pane.getByRole('option', { name: '#1002 New starter laptop setup' }).click();
  await form.getByRole('button', { name: 'Add 4 messages to #1002' }).click();
}

test.describe('Log the conversation (Microsoft Graph)', () => {
  test.beforeEach(async ({ request }) => resetSimulators(request));

  test('a 4-message conversation goes to one ticket as 4 actions in order; again adds none', async ({
    workbench,
    page,
    request,
  }) => {
    await signedInEverywhere(workbench, page, '14-xray-share-fixed.eml');

    const form = await openConversationForm(workbench);
    const messages = form.getByRole('option');
    await expect(messages.first()).toContainText('X-ray viewer cannot open the imaging share');
    await expect(messages.last()).toContainText('this email');
    for (const message of await messages.all()) {
      await expect(message).toHaveAttribute('aria-selected', 'true');
    }
    await addAllTo1002(workbench, form);
    const panel = workbench.pane.locator('halo-log-actions-panel');
    await expect(panel.locator('halo-log-outcome')).toContainText(
      '4 messages added to ticket #1002, oldest first.',
      { timeout: 20_000 },
    );

    const added = await actionsHolding(1002, THREAD);
    expect(added.map((a) => a.internet_message_id)).toEqual(THREAD);
    expect(added[0].note_html).toContain('imaging share');
    const graph = await msLog(request, 'graph');
    expect(graph.filter((e) => e.path.endsWith('/$value'))).toHaveLength(4);
    expect(graph.filter((e) => e.path.endsWith('/me/messages'))).toHaveLength(1);

    // Again, from another message of the thread: every message is found on #1002 by its
    // Message-ID; nothing is added and no message is downloaded again.
    await workbench.select('12-xray-share-msp-question.eml');
    const again = await openConversationForm(workbench);
    await addAllTo1002(workbench, again);
    await expect(panel.locator('halo-log-outcome')).toContainText(
      'Every chosen message is already on ticket #1002: nothing was added.',
      { timeout: 20_000 },
    );
    expect((await actionsHolding(1002, THREAD)).map((a) => a.internet_message_id)).toEqual(THREAD);
    const after = await msLog(request, 'graph');
    expect(after.filter((e) => e.path.endsWith('/$value'))).toHaveLength(4);
  });
});
