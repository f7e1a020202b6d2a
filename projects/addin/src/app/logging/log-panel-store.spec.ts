import { TestBed } from '@angular/core/testing';
import { DeviceStore } from '@halo-outlook/core';
import type { LogAction, LogActionContext, LogOutcome } from '@halo-outlook/sdk';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import { deleteDB } from 'idb';
import { waitFor } from '../resolution/testing/email-test-bed.spec';
import { LogPanelStore } from './log-panel-store';
import {
  type LoggingTestBed,
  loggingTenant,
  loggingTestBed,
} from './testing/logging-test-bed.spec';

/** A log action whose runs the spec ends. */
function controlled() {
  const runs: { context: LogActionContext; input: unknown; end: (o: LogOutcome) => void }[] = [];
  const action: LogAction = {
    id: 'test.note',
    label: 'Add a note',
    icon: 'note',
    isAvailable: () => true,
    run: (context, input) => new Promise((end) => runs.push({ context, input, end })),
  };
  return { action, runs };
}

describe('LogPanelStore', () => {
  let bed: LoggingTestBed;
  const email = aMailSnapshot({
    itemId: 'item-panel',
    from: 'alice.carter@contoso-dental.example',
  });

  afterEach(async () => {
    await TestBed.inject(DeviceStore).close();
    await deleteDB(bed.dbName);
  });

  function setUp() {
    const test = controlled();
    bed = loggingTestBed(loggingTenant(), [test.action]);
    TestBed.configureTestingModule({ providers: bed.providers });
    bed.mailbox.select(email);
    const store = TestBed.inject(LogPanelStore);
    TestBed.tick();
    return { store, ...test };
  }

  it('runs one request however many times it is submitted while it runs', async () => {
    const { store, runs } = setUp();
    store.open('test.note');
    store.submit({ text: 'a' });
    store.submit({ text: 'a' });
    await waitFor(() => runs.length === 1, 'the run');
    store.submit({ text: 'a' });
    expect(store.running()).toBeTrue();
    runs[0].end({ status: 'done' });
    await waitFor(() => !store.running(), 'the end');
    expect(runs.length).toBe(1);
  });

  it('continues a failed request when resubmitted as it was, and starts anew when changed', async () => {
    const { store, runs } = setUp();
    store.open('test.note');
    store.submit({ text: 'a' });
    await waitFor(() => runs.length === 1, 'the first run');
    runs[0].context.journal.set('noteSent', true);
    runs[0].end({
      status: 'failed',
      message: 'Halo refused the note. Fix it.',
      retryable: false,
      kind: 'invalid-input',
    });
    await waitFor(() => store.run()?.outcome?.status === 'failed', 'the failure');
    const first = store.run()?.request.id;
    expect(store.selected()).toBe('test.note'); // the form stays open with what was typed

    store.submit({ text: 'a' });
    await waitFor(() => runs.length === 2, 'the second run');
    expect(store.run()?.request.id).toBe(first);
    expect(runs[1].context.journal.get<boolean>('noteSent')).toBeTrue();
    runs[1].end({ status: 'failed', message: 'Still refused. Fix it.', retryable: false });
    await waitFor(() => !store.running(), 'the second failure');

    store.submit({ text: 'b' });
    await waitFor(() => runs.length === 3, 'the third run');
    expect(store.run()?.request.id).not.toBe(first);
    expect(runs[2].context.journal.get<boolean>('noteSent')).toBeUndefined();
    runs[2].end({ status: 'done' });
  });

  it('closes the form once logged, and opens nothing while a request runs', async () => {
    const { store, runs } = setUp();
    store.open('test.note');
    store.submit({});
    await waitFor(() => runs.length === 1, 'the run');
    store.open('halo.create-ticket');
    expect(store.selected()).toBe('test.note');
    runs[0].end({ status: 'done', ticketId: 1001 });
    await waitFor(() => store.selected() === null, 'the form to close');
    expect(store.logged()).toEqual({ ticketId: 1001, url: 'https://halo.example/tickets?id=1001' });
  });

  it('keeps a log of the email the agent left on show until it ends, one log at a time', async () => {
    const { store, runs } = setUp();
    store.open('test.note');
    store.submit({});
    await waitFor(() => runs.length === 1, 'the run');
    const other = aMailSnapshot({ itemId: 'item-other', from: 'bob.singh@contoso-dental.example' });
    bed.mailbox.select(other);
    await waitFor(() => store.itemId() === 'item-other', 'the next email');
    expect(store.selected()).toBeNull();
    expect(store.running()).toBeTrue();
    expect(store.run()?.request.snapshot.itemId).toBe('item-panel');
    store.open('test.note');
    expect(store.selected()).toBeNull(); // nothing opens while a log runs
    runs[0].end({ status: 'done', ticketId: 1001 });
    await waitFor(() => !store.running(), 'the end');
    expect(store.logged()).toBeNull(); // the badge is of the email on show
  });
});
