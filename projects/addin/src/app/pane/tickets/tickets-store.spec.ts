import { TestBed } from '@angular/core/testing';
import { AppError } from '@halo-outlook/core';
import { ResolutionStore } from '@halo-outlook/sdk';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import { NoticeStore } from '../../notices/notice-store';
import {
  type EmailTestBed,
  useEmailTestBed,
  waitFor,
} from '../../resolution/testing/email-test-bed.spec';
import { DEFAULT_OPEN_TICKETS_COUNT } from '@halo-outlook/matchers';
import { PaneTicketsStore } from './tickets-store';
import { PANE_SESSION_SCOPE } from './with-agent-and-statuses';

describe('PaneTicketsStore', () => {
  let bed: EmailTestBed;
  let store: PaneTicketsStore;
  let resolution: InstanceType<typeof ResolutionStore>;

  const fromAlice = (subject = 'Printer offline again') =>
    aMailSnapshot({ from: 'Alice Carter <alice.carter@contoso-dental.example>', subject });

  const testBed = useEmailTestBed();

  beforeEach(() => {
    bed = testBed();
    store = TestBed.inject(PaneTicketsStore);
    resolution = TestBed.inject(ResolutionStore);
  });

  async function open(email = fromAlice()): Promise<void> {
    bed.mailbox.select(email);
    await waitFor(() => resolution.ready() && store.answered(), 'the open tickets');
  }

  it("lists the client's open tickets from Halo, newest activity first, the sender's marked", async () => {
    await open();
    expect(store.openTickets().map((t) => t.id)).toEqual([1002, 1001, 1006]);
    expect(store.openTickets().map((t) => t.raisedBySender)).toEqual([true, true, false]);
    expect(store.openTickets()[1]).toEqual(
      jasmine.objectContaining({ statusName: 'In Progress', agentName: 'Alex Morgan' }),
    );
  });

  it('asks for exactly the page the open-tickets matcher asks, in the same scope (which the data layer sends once)', async () => {
    await open();
    const queries = bed.halo.callsTo('listTickets').map((c) => c.args[0]);
    expect(queries.length).toBe(2);
    expect(queries[0]).toEqual(queries[1]);
    expect(queries[0]).toEqual({
      clientId: 1,
      openOnly: true,
      pageSize: DEFAULT_OPEN_TICKETS_COUNT,
      order: 'lastactiondate',
      orderDesc: true,
    });
    expect(bed.halo.callsTo('listTickets').every((c) => c.scope === resolution.scope())).toBeTrue();
  });

  it('asks again whenever the email is resolved again (Refresh, or a log action done)', async () => {
    await open();
    await bed.halo.createTicket({ summary: 'Scanner jams', clientId: 1, userId: 1 });
    const asked = bed.halo.callsTo('listTickets').length;

    resolution.refresh();
    await waitFor(
      () => store.openTickets().some((t) => t.summary === 'Scanner jams'),
      'the new ticket',
    );
    expect(bed.halo.callsTo('listTickets').length).toBe(asked + 2); // the matcher's and the list's
  });

  it("keeps the thread's tickets apart, with why they belong to the email", async () => {
    await open(fromAlice('RE: Printer offline in reception [ID: 1001]'));
    expect(store.threadTickets().map((t) => [t.id, t.thread])).toEqual([[1001, true]]);
    expect(store.threadTickets()[0].reasons).toContain(
      'The subject carries the ticket tag of #1001.',
    );
    expect(store.threadTickets()[0].agentName).toBe('Alex Morgan');
    expect(store.openTickets().map((t) => t.id)).toEqual([1002, 1006]);
  });

  it('lists only the tickets assigned to the agent under Mine', async () => {
    await open();
    store.setFilter('mine');
    await waitFor(() => store.answered(), 'my tickets');
    expect(store.openTickets().map((t) => t.id)).toEqual([1001]);
    const mine = bed.halo.callsTo('listTickets').at(-1);
    expect(mine?.args[0]).toEqual(jasmine.objectContaining({ clientId: 1, agentId: 2 }));
    expect(bed.halo.callsTo('me').every((c) => c.scope === PANE_SESSION_SCOPE)).toBeTrue();
  });

  it('shows an assignment at once, before Halo has answered', async () => {
    await open();
    await waitFor(() => store.myId() !== null, 'the agent');
    const laptop = store.openTickets().find((t) => t.id === 1002);
    if (!laptop) throw new Error('ticket 1002 missing');
    bed.halo.neverAnswer();

    void store.assignToMe(laptop);
    await waitFor(() => store.writing().includes(1002), 'the write to start');

    expect(store.openTickets().find((t) => t.id === 1002)?.agentName).toBe('Alex Morgan');
  });

  it('keeps an assignment Halo saved', async () => {
    await open();
    const laptop = store.openTickets().find((t) => t.id === 1002);
    if (!laptop) throw new Error('ticket 1002 missing');

    await store.assignToMe(laptop);

    expect(bed.halo.callsTo('updateTicket').map((c) => c.args)).toEqual([[1002, { agentId: 2 }]]);
    expect(store.openTickets().find((t) => t.id === 1002)?.agentName).toBe('Alex Morgan');
    expect(bed.halo.allTickets().find((t) => t.id === 1002)?.agentId).toBe(2);
    expect(store.writing()).toEqual([]);
  });

  it('undoes a status change Halo refuses, and says why with a Retry', async () => {
    await open();
    await store.loadStatuses();
    const laptop = store.openTickets().find((t) => t.id === 1002);
    const closed = store.statuses()?.find((s) => s.name === 'Closed');
    if (!laptop || !closed) throw new Error('fixtures missing');
    bed.halo.failWith(
      new AppError({
        kind: 'server',
        message: 'Halo had a problem answering.',
        action: 'Try again in a moment.',
      }),
    );

    const saving = store.changeStatus(laptop, closed);
    expect(store.openTickets().find((t) => t.id === 1002)?.statusName).toBe('Closed');
    await saving;

    expect(store.openTickets().find((t) => t.id === 1002)?.statusName).toBe('New');
    const notice = TestBed.inject(NoticeStore).notice();
    expect(notice?.error.message).toBe(
      '#1002 was not moved to Closed. Halo had a problem answering.',
    );
    expect(notice?.error.action).toBe('Try again in a moment.');
    expect(notice?.retry).not.toBeNull();

    bed.halo.answerNormally();
    TestBed.inject(NoticeStore).retry();
    await waitFor(
      () => store.writing().length === 0 && bed.halo.callsTo('updateTicket').length === 2,
    );
    expect(store.openTickets().find((t) => t.id === 1002)?.statusName).toBe('Closed');
  });

  it("asks Halo's statuses once per session", async () => {
    await open();
    await store.loadStatuses();
    await store.loadStatuses();
    expect(store.statuses()?.map((s) => s.name)).toEqual([
      'New',
      'In Progress',
      'Action Required',
      'Closed',
    ]);
    expect(bed.halo.callsTo('statuses').length).toBe(1);
  });

  it('keeps the list and says why in the banner, with a Retry, when Halo cannot be reached', async () => {
    await open();
    bed.halo.failWith(
      new AppError({
        kind: 'offline',
        message: 'You are offline.',
        action: 'Reconnect, then retry.',
      }),
    );
    store.reload();
    await waitFor(() => store.failed(), 'the failure');

    expect(store.openTickets().map((t) => t.id)).toEqual([1002, 1001, 1006]);
    const notice = TestBed.inject(NoticeStore).notice();
    expect(notice?.error.message).toBe(
      'The open tickets of Contoso Dental could not be loaded. You are offline.',
    );
    expect(notice?.retry).not.toBeNull();

    bed.halo.answerNormally();
    TestBed.inject(NoticeStore).retry();
    await waitFor(() => !store.failed() && !store.loading(), 'the retry');
    expect(store.openTickets().length).toBe(3);
  });

  it('lists nothing, and asks nothing, until a client is decided', async () => {
    bed.mailbox.select(aMailSnapshot({ from: 'frontdesk@northwind.example' }));
    await waitFor(() => resolution.ready());
    expect(store.client()).toBeNull();
    expect(store.openTickets()).toEqual([]);

    const legal = resolution.picture().clientChoice.find((c) => c.label === 'Northwind Legal');
    if (!legal) throw new Error('no choice');
    await resolution.override(legal);
    await waitFor(() => store.answered(), "Northwind Legal's tickets");
    expect(store.openTickets().map((t) => t.id)).toEqual([1004]);
  });
});
