import { TestBed } from '@angular/core/testing';
import { DeviceStore, DiagnosticsLog } from '@halo-outlook/core';
import { HaloEvents, ResolutionStore } from '@halo-outlook/sdk';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import { Store } from '@ngrx/store';
import { deleteDB } from 'idb';
import { waitFor } from '../resolution/testing/email-test-bed.spec';
import { type LoggingTestBed, loggingTestBed } from './testing/logging-test-bed.spec';

const email = aMailSnapshot({ itemId: 'item-logged', from: 'alice.carter@contoso-dental.example' });
const logged = (itemId: string, ticketId: number | null, extra = {}) =>
  HaloEvents.emailLogged({
    requestId: 'r1',
    itemId,
    internetMessageId: email.internetMessageId,
    by: 'halo.append-to-ticket',
    ticketId,
    actionId: 7,
    created: false,
    alreadyLogged: false,
    partial: false,
    fromOutbox: false,
    ...extra,
  });

describe('logging effects', () => {
  let bed: LoggingTestBed;
  let recorded: string[];

  beforeEach(() => {
    bed = loggingTestBed();
    recorded = [];
    TestBed.configureTestingModule({
      providers: [
        ...bed.providers,
        {
          provide: DiagnosticsLog,
          useValue: { record: (_s: string, _l: string, message: string) => recorded.push(message) },
        },
      ],
    });
    bed.mailbox.select(email);
  });

  afterEach(async () => {
    await TestBed.inject(DeviceStore).close();
    await deleteDB(bed.dbName);
  });

  const dispatch = (action: ReturnType<typeof logged>) => TestBed.inject(Store).dispatch(action);

  it('marks the email "Halo #N" when the mailbox has that category', async () => {
    bed.mailbox.masterCategories = ['Halo #1042', 'Logged to Halo'];
    dispatch(logged(email.itemId, 1042));
    await waitFor(() => bed.mailbox.categories.length > 0, 'the category');
    expect(bed.mailbox.categories).toEqual([['Halo #1042']]);
  });

  it('falls back to "Logged to Halo", and else skips, saying why in the diagnostics', async () => {
    dispatch(logged(email.itemId, 1042));
    await waitFor(() => bed.mailbox.categories.length > 0, 'the category');
    expect(bed.mailbox.categories).toEqual([['Logged to Halo']]);
    bed.mailbox.masterCategories = [];
    dispatch(logged(email.itemId, 1042));
    await waitFor(
      () => recorded.some((m) => m.startsWith('Email not categorised')),
      'the diagnostics',
    );
    expect(recorded).toContain(
      'Email not categorised: the mailbox has neither category in its master list',
    );
    expect(bed.mailbox.categories.length).toBe(1);
  });

  it('leaves another email alone (an outbox replay may log one that is not open)', async () => {
    dispatch(logged('item-other', 1042));
    await waitFor(
      () => recorded.includes('Email not categorised: another email is open'),
      'the skip',
    );
    expect(bed.mailbox.categories).toEqual([]);
  });

  it('reads the email’s tickets again after a log, not after finding it already logged', () => {
    const resolution = TestBed.inject(ResolutionStore);
    const refresh = spyOn(resolution, 'refresh');
    spyOn(resolution, 'snapshot').and.returnValue(email);
    dispatch(logged(email.itemId, 1042, { alreadyLogged: true }));
    expect(refresh).not.toHaveBeenCalled();
    dispatch(logged(email.itemId, 1042));
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
