import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatSelectionListHarness } from '@angular/material/list/testing';
import { EMPTY_PICTURE } from '@halo-outlook/sdk';
import { RecordingHaloFacade } from '@halo-outlook/sdk/testing';
import { CURRENT_OUTLOOK, FakeFormHost, provideFormHost } from '../testing/fake-form-host.spec';
import { contosoHalo, ticketCandidate } from '../testing/log-fixtures.spec';
import { until } from '../testing/until.spec';
import { FakeConversationSource, openEmail, threadMessages } from './conversation-fixtures.spec';
import type { ConversationInput } from './conversation-input';
import { ConversationForm } from './conversation-form';
import { logConversationAction } from './log-conversation-action';

async function setUp(source = new FakeConversationSource()) {
  const host = new FakeFormHost<ConversationInput>(
    logConversationAction(source),
    openEmail,
    new RecordingHaloFacade(contosoHalo()),
    CURRENT_OUTLOOK,
  );
  host.pictureState.set({
    ...EMPTY_PICTURE,
    threadTickets: [ticketCandidate(1042, 'VPN drops')],
  });
  TestBed.configureTestingModule({ providers: [provideFormHost(host)] });
  const fixture = TestBed.createComponent(ConversationForm);
  await fixture.whenStable();
  const loader = TestbedHarnessEnvironment.loader(fixture);
  return { fixture, host, loader, source };
}

describe('ConversationForm', () => {
  it('lists the conversation oldest first, all ticked, the open e-mail marked', async () => {
    const { loader, fixture } = await setUp();
    const list = await loader.getHarness(MatSelectionListHarness);
    const items = await list.getItems();
    expect(await Promise.all(items.map((i) => i.isSelected()))).toEqual([true, true, true]);
    expect(await items[0].getTitle()).toBe('VPN drops at the front desk');
    expect(await items[2].getFullText()).toContain('this email');
    expect(await items[0].getFullText()).not.toContain('this email');
    const submit = await loader.getHarness(MatButtonHarness.with({ text: /Add 3 messages/ }));
    expect(await submit.getText()).toBe('Add 3 messages to #1042');
    expect(fixture.nativeElement.textContent).toContain('Messages to add, oldest first');
  });

  it('writes when each message arrived in the page’s language', async () => {
    const lang = document.documentElement.lang;
    document.documentElement.lang = 'fr';
    try {
      const { loader } = await setUp();
      const [first] = await (await loader.getHarness(MatSelectionListHarness)).getItems();
      const expected = new Intl.DateTimeFormat('fr', {
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(threadMessages[0].receivedAt));
      expect(expected).toContain('nov.');
      expect(await first.getFullText()).toContain(expected);
    } finally {
      document.documentElement.lang = lang;
    }
  });

  it('submits the ticked messages in order with the note options', async () => {
    const { loader, host } = await setUp();
    const list = await loader.getHarness(MatSelectionListHarness);
    await list.deselectItems({ title: 'VPN drops at the front desk' });
    await (await loader.getHarness(MatCheckboxHarness.with({ label: /\.eml file/ }))).check();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Add 2 messages/ }))).click();
    await until(() => host.submitted.length === 1);

    const [submitted] = host.submitted;
    expect(submitted.ticketId).toBe(1042);
    expect(submitted.messages.map((m) => m.id)).toEqual(['m-2', 'm-3']);
    expect(submitted.includeOriginal).toBeTrue();
    expect(submitted.attachments).toBeTrue();
    expect(submitted.trimQuotedHistory).toBeTrue();
    expect(submitted.outcomeName).toBe('Logged from Outlook');
  });

  it('does not submit without a message, and says why', async () => {
    const { loader, host, fixture } = await setUp();
    const list = await loader.getHarness(MatSelectionListHarness);
    await list.deselectItems();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Add/ }))).click();
    await fixture.whenStable();
    expect(host.submitted).toEqual([]);
    expect(fixture.nativeElement.textContent).toContain(
      'Choose at least one message of the conversation.',
    );
  });

  it('says when the conversation cannot be read, and reads it again on request', async () => {
    const source = new FakeConversationSource();
    source.failing = { listing: true };
    const { loader, fixture } = await setUp(source);
    expect(fixture.nativeElement.textContent).toContain(
      'Microsoft Graph could not be reached. Check the connection, then try again.',
    );
    source.failing = {};
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();
    await until(() => source.listCalls === 2);
    const list = await loader.getHarness(MatSelectionListHarness);
    expect((await list.getItems()).length).toBe(3);
  });
});
