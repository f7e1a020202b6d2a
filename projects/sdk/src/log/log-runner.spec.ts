import { TestBed } from '@angular/core/testing';
import { AppError, DEVICE_DB_NAME, DiagnosticsLog } from '@halo-outlook/core';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { Store } from '@ngrx/store';
import {
  aHaloTicket,
  aMailSnapshot,
  provideRecordingHalo,
  RecordingHaloFacade,
} from '@halo-outlook/sdk/testing';
import { lastValueFrom, toArray } from 'rxjs';
import type { LogAction, LogActionContext, LogOutcome } from '../contracts/log-action';
import { EMPTY_PICTURE } from '../resolution/resolution-picture';
import { HaloEvents } from '../events/halo-events';
import { HaloLinks } from '../links/halo-links';
import { OutboxStore } from '../outbox/outbox-store';
import { provideHaloPlugins } from '../registry/provide-halo-plugins';
import { withLogActions } from '../registry/with-log-actions';
import { ALL_CAPABILITIES, FakeMailbox } from '../testing/sdk-test-setup.spec';
import type { LogRequest } from './log-request';
import { LogRunner } from './log-runner';

let database = 0;

function setUp(actions: LogAction[], mailbox = new FakeMailbox()) {
  const dispatched: unknown[] = [];
  const waiters: { message: string; resolve: () => void }[] = [];
  const diagnostics = {
    record: (_source: string, _level: string, message: string) =>
      waiters.filter((w) => w.message === message).forEach((w) => w.resolve()),
  };
  const recorded = (message: string) =>
    new Promise<void>((resolve) => waiters.push({ message, resolve }));
  const halo = new RecordingHaloFacade({ tickets: [aHaloTicket({ id: 1042 })] });
  TestBed.configureTestingModule({
    providers: [
      provideHaloPlugins(withLogActions(...actions)),
      provideRecordingHalo(halo),
      { provide: MailboxPort, useValue: mailbox },
      { provide: DEVICE_DB_NAME, useValue: `sdk-log-runner-${Date.now()}-${++database}` },
      { provide: Store, useValue: { dispatch: (a: unknown) => dispatched.push(a) } },
      {
        provide: HaloLinks,
        useValue: { tenantKey: () => 'https://halo.example app', ticket: () => null },
      },
      { provide: DiagnosticsLog, useValue: diagnostics },
    ],
  });
  return {
    recorded,
    runner: TestBed.inject(LogRunner),
    outbox: TestBed.inject(OutboxStore),
    halo,
    dispatched,
  };
}

const email = aMailSnapshot({ subject: 'Printer offline' });

function request(actionId: string, input: unknown = {}): LogRequest {
  return {
    id: crypto.randomUUID(),
    actionId,
    label: 'Append',
    snapshot: email,
    picture: EMPTY_PICTURE,
    input,
    journal: {},
    createdAt: Date.now(),
  };
}

function action(id: string, run: (context: LogActionContext) => Promise<LogOutcome>): LogAction {
  return { id, label: 'Test action', icon: 'add', isAvailable: () => true, run };
}

describe('LogRunner', () => {
  it('writes the request to the outbox before sending, and removes it once Halo has it', async () => {
    let during: string | undefined;
    const append = action('t.append', async (context) => {
      during = (await outbox.entry(req.id))?.state;
      const result = await context.halo.createAction(
        { ticketId: 1042, noteHtml: '<p>Hi</p>' },
        { signal: context.signal },
      );
      context.journal.set('actionId', result.value.id);
      return { status: 'done', ticketId: 1042, actionId: result.value.id };
    });
    const { runner, outbox, halo, dispatched } = setUp([append]);
    const req = request('t.append');
    const updates = await lastValueFrom(runner.run(req).pipe(toArray()));
    expect(during).toBe('sending');
    expect(updates.at(-1)?.outcome).toEqual({ status: 'done', ticketId: 1042, actionId: 1 });
    expect(updates.some((u) => u.outcome === null && u.journal['actionId'] === 1)).toBeTrue();
    expect(await outbox.entry(req.id)).toBeUndefined();
    expect(halo.callsTo('createAction')[0].scope).toBe(`email:${email.itemId}`);
    expect(dispatched).toEqual([
      HaloEvents.emailLogged({
        requestId: req.id,
        itemId: email.itemId,
        internetMessageId: email.internetMessageId,
        by: 't.append',
        ticketId: 1042,
        actionId: 1,
        created: false,
        alreadyLogged: false,
        partial: false,
        fromOutbox: false,
      }),
    ]);
  });

  it('keeps a request Halo could not take, with the content it read and its journal', async () => {
    const mailbox = new FakeMailbox(ALL_CAPABILITIES, {
      html: '<p>Hi</p>',
      attachments: { 'att-1': { format: 'base64', content: 'JVBERi0=' } },
    });
    mailbox.open(email);
    const append = action('t.append', async ({ mail, journal }) => {
      await mail.html();
      await mail.attachment('att-1');
      journal.set('prepared', true);
      return {
        status: 'failed',
        message: 'Halo cannot be reached. Check your connection.',
        retryable: true,
        kind: 'offline',
      };
    });
    const { runner, outbox, dispatched } = setUp([append], mailbox);
    const req = request('t.append');
    const last = await lastValueFrom(runner.run(req));
    expect(last.queued).toBeTrue();
    const entry = await outbox.entry(req.id);
    expect(entry).toEqual(
      jasmine.objectContaining({
        state: 'pending',
        attempts: 1,
        tenant: 'https://halo.example app',
        journal: { prepared: true },
        problem: { message: 'Halo cannot be reached. Check your connection.', kind: 'offline' },
        mail: {
          html: '<p>Hi</p>',
          attachments: { 'att-1': { format: 'base64', content: 'JVBERi0=' } },
        },
      }),
    );
    expect(entry?.nextAttemptAt).toBeGreaterThan(Date.now());
    expect(outbox.items().map((i) => i.id)).toEqual([req.id]);
    expect(dispatched).toEqual([
      HaloEvents.logFailed({
        requestId: req.id,
        itemId: email.itemId,
        by: 't.append',
        message: 'Halo cannot be reached. Check your connection.',
        kind: 'offline',
        queued: true,
      }),
    ]);
  });

  it('queues a rejection of a queueable kind, and reports any other as a failure', async () => {
    const offline = action('t.offline', async () => {
      throw new AppError({ kind: 'server', message: 'Halo had a problem.', action: 'Try later.' });
    });
    const broken = action('t.broken', async () => {
      throw new TypeError('x is undefined');
    });
    const { runner, outbox } = setUp([offline, broken]);
    const queued = await lastValueFrom(runner.run(request('t.offline')));
    expect(queued.queued).toBeTrue();
    expect(queued.outcome).toEqual(
      jasmine.objectContaining({
        status: 'failed',
        kind: 'server',
        message: 'Halo had a problem. Try later.',
      }),
    );
    const req = request('t.broken');
    const failed = await lastValueFrom(runner.run(req));
    expect(failed.queued).toBeFalse();
    expect(failed.outcome).toEqual(jasmine.objectContaining({ status: 'failed', kind: 'unknown' }));
    expect(await outbox.entry(req.id)).toBeUndefined();
  });

  it('turns an invalid outcome into a failure that says what to do', async () => {
    const sloppy = action('t.sloppy', async () => ({ status: 'done', ticketId: 0 }) as LogOutcome);
    const { runner } = setUp([sloppy]);
    const last = await lastValueFrom(runner.run(request('t.sloppy')));
    expect(last.outcome).toEqual({
      status: 'failed',
      message:
        '“Test action” did not say how it ended. Check the ticket in Halo, then try again; if it keeps happening, tell whoever installed this add-in.',
      retryable: false,
    });
  });

  it('reports each part as the action goes', async () => {
    const upload = action('t.upload', async ({ progress }) => {
      progress([{ id: 'a', label: 'a.pdf', status: 'sending' }]);
      progress([{ id: 'a', label: 'a.pdf', status: 'saved' }]);
      return { status: 'done', ticketId: 1042 };
    });
    const { runner } = setUp([upload]);
    const updates = await lastValueFrom(runner.run(request('t.upload')).pipe(toArray()));
    expect(updates.map((u) => u.parts.map((p) => p.status).join())).toEqual([
      'sending',
      'saved',
      'saved',
    ]);
  });

  it('cancels when the agent stops it, and forgets the request', async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const slow = action(
      't.slow',
      ({ signal }) =>
        new Promise((_, reject) => {
          started();
          signal.addEventListener('abort', () => reject(signal.reason));
        }),
    );
    const { runner, outbox, recorded } = setUp([slow]);
    const req = request('t.slow');
    const cancelled = recorded('Logging cancelled');
    const subscription = runner.run(req).subscribe();
    await running;
    expect(outbox.items().map((i) => i.state)).toEqual(['sending']);
    subscription.unsubscribe();
    await cancelled;
    expect(outbox.items()).toEqual([]);
    expect(await outbox.entry(req.id)).toBeUndefined();
  });

  it('says so when the action is no longer installed', async () => {
    const { runner } = setUp([]);
    const last = await lastValueFrom(runner.run({ ...request('t.gone'), label: 'Old action' }));
    expect(last.outcome).toEqual(
      jasmine.objectContaining({
        status: 'failed',
        message: jasmine.stringContaining('“Old action” is no longer installed'),
      }),
    );
  });
});
