import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { ResolutionStore } from '@halo-outlook/sdk';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import {
  type EmailTestBed,
  useEmailTestBed,
  waitFor,
} from '../../resolution/testing/email-test-bed.spec';
import { TicketRow } from './ticket-row';
import { PaneTicketsStore } from './tickets-store';

describe('TicketRow', () => {
  let bed: EmailTestBed;
  let tickets: PaneTicketsStore;

  const testBed = useEmailTestBed();

  beforeEach(() => {
    bed = testBed();
    tickets = TestBed.inject(PaneTicketsStore);
  });

  async function render(id: number) {
    bed.mailbox.select(aMailSnapshot({ from: 'alice.carter@contoso-dental.example' }));
    const resolution = TestBed.inject(ResolutionStore);
    await waitFor(() => resolution.ready() && tickets.answered() && tickets.myId() !== null);
    const ticket = () => {
      const found = tickets.openTickets().find((t) => t.id === id);
      if (!found) throw new Error(`ticket ${id} is not listed`);
      return found;
    };
    const fixture = TestBed.createComponent(TicketRow);
    fixture.componentRef.setInput('ticket', ticket());
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const refresh = async () => {
      fixture.componentRef.setInput('ticket', ticket());
      await fixture.whenStable();
    };
    return { fixture, loader, element, refresh };
  }

  it('links its number and summary to the ticket in Halo, in a new window', async () => {
    const { element } = await render(1002);
    const link = element.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://halo.example/tickets?id=1002');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.textContent).toContain('#1002');
    expect(link?.textContent).toContain('New starter laptop setup');
    expect(link?.textContent).toContain('(opens in Halo)');
  });

  it("shows the status, who has it and the sender's part in it", async () => {
    const { element, loader } = await render(1002);
    const status = await loader.getHarness(MatButtonHarness.with({ selector: '.status' }));
    expect(await status.getText()).toBe('New');
    expect(element.querySelector('.agent')?.textContent).toBe('Unassigned');
    expect(element.querySelector('.raiser')?.textContent).toContain('raised by Alice Carter');
  });

  it('assigns the ticket to the agent, and then says it is theirs', async () => {
    const { element, loader, refresh } = await render(1002);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Assign to me/ }))).click();
    await waitFor(() => tickets.writing().length === 0);
    await refresh();

    expect(bed.halo.callsTo('updateTicket').map((c) => c.args)).toEqual([[1002, { agentId: 2 }]]);
    expect(element.querySelector('.agent')?.textContent).toBe('Yours');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Assign to me/ }))).toEqual(
      [],
    );
  });

  it("moves the ticket to another of Halo's statuses from its status menu", async () => {
    const { loader, refresh } = await render(1002);
    // The menu's code loads at the first click, which opens it.
    await (await loader.getHarness(MatButtonHarness.with({ selector: '.status' }))).click();
    const menu = await loader.getHarness(MatMenuHarness.with({ selector: '.status' }));
    await waitFor(() => menu.isOpen(), 'the status menu to open at the first click');
    await waitFor(async () => (await menu.getItems()).length === 4, "Halo's statuses");
    const items = await menu.getItems();
    expect(await Promise.all(items.map((i) => i.getText()))).toEqual([
      'New',
      'In Progress',
      'Action Required',
      'Closed',
    ]);
    expect(await (await items[0].host()).getAttribute('aria-checked')).toBe('true');

    await menu.clickItem({ text: 'Action Required' });
    await waitFor(() => tickets.writing().length === 0);
    await refresh();

    expect(bed.halo.callsTo('updateTicket').map((c) => c.args)).toEqual([[1002, { statusId: 3 }]]);
    const status = await loader.getHarness(MatButtonHarness.with({ selector: '.status' }));
    expect(await status.getText()).toBe('Action Required');
  });

  it('opens the status menu from the keyboard at once, focused on its first status', async () => {
    const { fixture, element } = await render(1002);
    const button = element.querySelector<HTMLButtonElement>('button.status');
    expect(button?.getAttribute('aria-haspopup')).toBe('menu');
    expect(button?.getAttribute('aria-label')).toBe('Status of #1002: New. Change it');
    button?.focus();
    // Enter or Space on a button is a click whose detail is 0.
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }));
    await waitFor(async () => {
      await fixture.whenStable();
      return document.querySelector('.halo-status-menu [role^=menuitem]') !== null;
    }, 'the status menu');

    const trigger = element.querySelector<HTMLButtonElement>('halo-ticket-status-menu .status');
    expect(trigger?.getAttribute('aria-expanded')).toBe('true');
    expect(trigger?.getAttribute('aria-label')).toBe('Status of #1002: New. Change it');
    expect(document.activeElement?.closest('.halo-status-menu')).not.toBeNull();
  });
});
