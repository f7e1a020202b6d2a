import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { DeviceStore } from '@halo-outlook/core';
import { ResolutionStore } from '@halo-outlook/sdk';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import { deleteDB } from 'idb';
import { type LoggingTestBed, loggingTestBed } from '../logging/testing/logging-test-bed.spec';
import { waitFor } from '../resolution/testing/email-test-bed.spec';
import { PaneView } from './pane-view';

describe('PaneView', () => {
  let bed: LoggingTestBed;

  beforeEach(() => {
    bed = loggingTestBed();
    TestBed.configureTestingModule({ providers: bed.providers });
  });

  afterEach(async () => {
    await TestBed.inject(DeviceStore).close();
    await deleteDB(bed.dbName);
  });

  async function render() {
    const fixture = TestBed.createComponent(PaneView);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const settle = () =>
      waitFor(async () => {
        await fixture.whenStable();
        return element.dataset['ready'] === 'true';
      }, 'the pane to be ready');
    const rows = (selector = 'halo-ticket-list') =>
      [...element.querySelectorAll(`${selector} halo-ticket-row`)].map((r) =>
        Number(r.getAttribute('data-ticket')),
      );
    return { fixture, element, loader, settle, rows };
  }

  it('asks for an email while none is selected', async () => {
    const { element } = await render();
    expect(element.querySelector('h2')?.textContent).toContain('Select an email');
  });

  it("shows who sent the email, the thread's ticket and the client's other open tickets", async () => {
    const { element, settle, rows } = await render();
    bed.mailbox.select(
      aMailSnapshot({
        from: 'Alice Carter <alice.carter@contoso-dental.example>',
        subject: 'RE: Printer offline in reception [ID: 1001]',
      }),
    );
    await settle();

    expect(element.querySelector('h2')?.textContent).toContain('RE: Printer offline in reception');
    expect(element.querySelector('halo-sender-card h3')?.textContent?.trim()).toBe('Alice Carter');
    expect(rows('.thread')).toEqual([1001]);
    expect(rows('.group:not(.thread)')).toEqual([1002, 1006]);
  });

  it('offers the log actions between who sent the email and the tickets', async () => {
    const { element, settle } = await render();
    bed.mailbox.select(
      aMailSnapshot({
        from: 'alice.carter@contoso-dental.example',
        subject: 'RE: Printer offline in reception [ID: 1001]',
      }),
    );
    await settle();
    const order = [...element.children].map((child) => child.tagName.toLowerCase());
    expect(order.indexOf('halo-log-actions-panel')).toBeGreaterThan(
      order.indexOf('halo-sender-card'),
    );
    expect(order.indexOf('halo-log-actions-panel')).toBeLessThan(order.indexOf('halo-ticket-list'));
    expect(element.querySelector('halo-log-actions-panel button')).not.toBeNull();
  });

  it('asks which client when the domain is shared, and lists its tickets once chosen', async () => {
    const { fixture, element, loader, settle, rows } = await render();
    bed.mailbox.select(aMailSnapshot({ from: 'Front Desk <frontdesk@northwind.example>' }));
    await settle();
    expect(element.querySelector('halo-record-choice')).not.toBeNull();
    expect(element.querySelector('halo-ticket-list .empty')?.textContent).toContain(
      'Choose the client above',
    );

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Northwind Legal' }))).click();
    await waitFor(async () => {
      await fixture.whenStable();
      return rows().length > 0;
    }, "Northwind Legal's tickets");
    expect(rows()).toEqual([1004]);
    expect(element.querySelector('halo-record-choice')).toBeNull();
  });

  it("lists the agent's own tickets under Mine", async () => {
    const { fixture, element, settle, rows } = await render();
    bed.mailbox.select(aMailSnapshot({ from: 'alice.carter@contoso-dental.example' }));
    await settle();
    const group = element.querySelector('[role=group][aria-label="Which open tickets"]');
    const toggle = (text: string) =>
      [...(group?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === text);
    expect(toggle('All')?.getAttribute('aria-pressed')).toBe('true');
    expect(toggle('Mine')?.getAttribute('aria-pressed')).toBe('false');

    toggle('Mine')?.click();
    await fixture.whenStable();
    expect(toggle('Mine')?.getAttribute('aria-pressed')).toBe('true');
    expect(toggle('All')?.getAttribute('aria-pressed')).toBe('false');
    await waitFor(async () => {
      await fixture.whenStable();
      return rows().length === 1;
    }, 'my tickets');
    expect(rows()).toEqual([1001]);
  });

  it('asks Halo again on Refresh, keeping the view', async () => {
    const { fixture, loader, settle, element } = await render();
    bed.mailbox.select(aMailSnapshot({ from: 'alice.carter@contoso-dental.example' }));
    await settle();
    const before = bed.halo.callsTo('listTickets').length;

    await (await loader.getHarness(MatButtonHarness.with({ selector: '.refresh' }))).click();
    await waitFor(async () => {
      await fixture.whenStable();
      return (
        bed.halo.callsTo('listTickets').length >= before + 2 && element.dataset['ready'] === 'true'
      );
    }, 'the refresh');
    expect(element.querySelector('halo-sender-card h3')?.textContent?.trim()).toBe('Alice Carter');
  });

  it('publishes when it was ready, for diagnostics and the benchmark', async () => {
    const { element, settle } = await render();
    const email = aMailSnapshot({ from: 'alice.carter@contoso-dental.example' });
    bed.mailbox.select(email);
    await settle();

    expect(element.dataset['scope']).toBe(`email:${email.itemId}`);
    expect(element.dataset['status']).toBe('ready');
    const milestones = JSON.parse(element.dataset['milestones'] ?? 'null') as Record<
      string,
      number
    >;
    expect(milestones['startedAt']).toBeLessThanOrEqual(milestones['settledAt']);
    expect(milestones['settledAt']).toBeLessThanOrEqual(milestones['paneReadyAt']);
    expect(TestBed.inject(ResolutionStore).ready()).toBeTrue();
  });
});
