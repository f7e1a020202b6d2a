import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { AppError, DeviceStore } from '@halo-outlook/core';
import { aHaloAction, aMailSnapshot } from '@halo-outlook/sdk/testing';
import { deleteDB } from 'idb';
import { waitFor } from '../resolution/testing/email-test-bed.spec';
import { LogActionsPanel } from './log-actions-panel';
import {
  type LoggingTestBed,
  loggingTenant,
  loggingTestBed,
} from './testing/logging-test-bed.spec';

const reply = aMailSnapshot({
  itemId: 'item-reply-1001',
  internetMessageId: '<reply-9@contoso-dental.example>',
  from: 'Alice Carter <alice.carter@contoso-dental.example>',
  subject: 'RE: Printer offline in reception [ID: 1001]',
});
const stranger = aMailSnapshot({
  itemId: 'item-stranger',
  from: 'someone@unknown-sender.example',
  subject: 'Question about your services',
});

describe('LogActionsPanel', () => {
  let bed: LoggingTestBed;

  afterEach(async () => {
    await TestBed.inject(DeviceStore).close();
    await deleteDB(bed.dbName);
  });

  async function render(fixtures = loggingTenant()) {
    bed = loggingTestBed(fixtures);
    TestBed.configureTestingModule({ providers: bed.providers });
    const fixture = TestBed.createComponent(LogActionsPanel);
    const element = fixture.nativeElement as HTMLElement;
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const button = (text: string | RegExp) => loader.getHarness(MatButtonHarness.with({ text }));
    const until = (done: () => boolean, what: string) =>
      waitFor(async () => {
        await fixture.whenStable();
        return done();
      }, what);
    await fixture.whenStable();
    return { fixture, element, loader, button, until };
  }

  it('makes append the main action when the thread is on a ticket, create otherwise', async () => {
    const { fixture, element, until } = await render();
    const appearance = (label: string) =>
      [...element.querySelectorAll('.actions button')]
        .find((b) => b.textContent?.trim() === label)
        ?.classList.contains('mat-mdc-unelevated-button');
    bed.mailbox.select(reply);
    await until(() => appearance('Append to ticket') === true, 'append to be the main action');
    expect(appearance('Create ticket')).toBeFalse();
    bed.mailbox.select(stranger);
    await until(() => appearance('Create ticket') === true, 'create to be the main action');
    expect(appearance('Append to ticket')).toBeFalse();
    fixture.destroy();
  });

  it('opens the form inline, keyboard in it, and logs once however often Add is clicked', async () => {
    const { element, button, until } = await render();
    bed.mailbox.select(reply);
    await until(() => element.querySelectorAll('.actions button').length === 2, 'the actions');
    await (await button('Append to ticket')).click();
    await until(() => element.querySelector('halo-append-form') !== null, 'the form');
    await until(
      () => element.querySelector('#log-form')?.contains(document.activeElement) === true,
      'focus in the form',
    );
    const submit = await button('Add to #1001');
    await Promise.all([submit.click(), submit.click()]);
    await until(
      () =>
        element.querySelector('halo-log-outcome')?.textContent?.includes('Logged to #1001.') ===
        true,
      'the outcome',
    );
    expect(bed.halo.callsTo('createAction').length).toBe(1);
    const link = element.querySelector<HTMLAnchorElement>('halo-log-outcome a');
    expect(link?.href).toBe('https://halo.example/tickets?id=1001');
    expect(element.querySelector('.badge')?.textContent?.trim()).toBe('Logged to #1001');
    expect(element.querySelector('halo-append-form')).toBeNull();
    await until(() => bed.mailbox.categories.length === 1, 'the category');
    expect(bed.mailbox.categories).toEqual([['Logged to Halo']]);
  });

  it('keeps what Halo could not take in the outbox, with Retry and Discard', async () => {
    const { element, button, until } = await render();
    bed.mailbox.select(reply);
    await until(() => element.querySelectorAll('.actions button').length === 2, 'the actions');
    await (await button('Append to ticket')).click();
    await until(() => element.querySelector('halo-append-form') !== null, 'the form');
    bed.halo.failWith(
      new AppError({
        kind: 'offline',
        message: 'You are offline, so Halo cannot be reached.',
        action: 'Check your network connection, then try again.',
      }),
    );
    await (await button('Add to #1001')).click();
    await until(() => element.querySelector('halo-outbox-list li') !== null, 'the outbox entry');
    expect(element.querySelector('halo-log-outcome')?.textContent).toContain(
      'Kept in the outbox on this device',
    );
    expect(element.querySelector('halo-outbox-list')?.textContent).toContain(
      'Append to ticket: RE: Printer offline in reception [ID: 1001]',
    );
    await (await button('Discard')).click();
    await (await button('Discard: the email stays unlogged')).click();
    await until(() => element.querySelector('halo-outbox-list li') === null, 'the entry to go');
  });

  it('shows, when the email opens, that Halo already has it', async () => {
    // Alice's reply is already on ticket 1001, found among the thread's actions.
    const { element, until } = await render({
      ...loggingTenant(),
      actions: [
        aHaloAction({ id: 900, ticketId: 1001, internetMessageId: reply.internetMessageId }),
      ],
    });
    bed.mailbox.select(reply);
    await until(() => element.querySelector('.badge') !== null, 'the badge');
    expect(element.querySelector('.badge')?.textContent?.trim()).toBe('Logged to #1001');
  });
});
