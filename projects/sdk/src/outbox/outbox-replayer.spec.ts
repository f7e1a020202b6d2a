import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { type AuthState, DEVICE_DB_NAME, DiagnosticsLog, TokenService } from '@halo-outlook/core';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { Store } from '@ngrx/store';
import {
  aMailSnapshot,
  provideRecordingHalo,
  RecordingHaloFacade,
} from '@halo-outlook/sdk/testing';
import type { LogAction, LogActionContext, LogOutcome } from '../contracts/log-action';
import { HaloEvents } from '../events/halo-events';
import { HaloLinks } from '../links/halo-links';
import type { LogRequest } from '../log/log-request';
import { LogRunner } from '../log/log-runner';
import { EMPTY_PICTURE } from '../resolution/resolution-picture';
import { provideHaloPlugins } from '../registry/provide-halo-plugins';
import { withLogActions } from '../registry/with-log-actions';
import { FakeMailbox } from '../testing/sdk-test-setup.spec';
import { DEFAULT_OUTBOX_POLICY } from './outbox-backoff';
import { OUTBOX_POLICY } from './outbox-policy-token';
import { OutboxReplayer } from './outbox-replayer';
import { OutboxStore } from './outbox-store';
import { lastValueFrom } from 'rxjs';

let database = 0;
const TENANT = 'https://halo.example app';
const signedIn: AuthState = {
  status: 'signed-in',
  expiresAt: Date.now() + 3_600_000,
  scope: 'all',
};

/** An action that answers as the test tells it, one answer per run. */
function scripted(answers: LogOutcome[]) {
  const runs: LogActionContext[] = [];
  const action: LogAction = {
    id: 't.append',
    label: 'Append',
    icon: 'add',
    isAvailable: () => true,
    run: async (context) => {
      runs.push(context);
      await context.mail.html().catch(() => null);
      return answers.shift() ?? { status: 'done', ticketId: 1042 };
    },
  };
  return { action, runs };
}

function setUp(action: LogAction, policy = DEFAULT_OUTBOX_POLICY) {
  const auth = signal<AuthState>(signedIn);
  const dispatched: { type: string; fromOutbox?: boolean }[] = [];
  TestBed.configureTestingModule({
    providers: [
      provideHaloPlugins(withLogActions(action)),
      provideRecordingHalo(new RecordingHaloFacade()),
      { provide: MailboxPort, useValue: new FakeMailbox() },
      { provide: DEVICE_DB_NAME, useValue: `sdk-outbox-${Date.now()}-${++database}` },
      { provide: Store, useValue: { dispatch: (a: { type: string }) => dispatched.push(a) } },
      { provide: HaloLinks, useValue: { tenantKey: () => TENANT, ticket: () => null } },
      { provide: TokenService, useValue: { state: auth } },
      { provide: OUTBOX_POLICY, useValue: policy },
      { provide: DiagnosticsLog, useValue: { record: () => undefined } },
    ],
  });
  return {
    auth,
    dispatched,
    runner: TestBed.inject(LogRunner),
    outbox: TestBed.inject(OutboxStore),
    replayer: TestBed.inject(OutboxReplayer),
  };
}

const email = aMailSnapshot();
const offline: LogOutcome = {
  status: 'failed',
  message: 'Halo cannot be reached.',
  retryable: true,
  kind: 'offline',
};

function request(): LogRequest {
  return {
    id: crypto.randomUUID(),
    actionId: 't.append',
    label: 'Append',
    snapshot: email,
    picture: EMPTY_PICTURE,
    input: { ticketId: 1042 },
    journal: {},
    createdAt: Date.now(),
  };
}

describe('OutboxReplayer', () => {
  afterEach(() => TestBed.inject(OutboxReplayer).stop());

  it('sends a waiting request again with the content it kept, and removes it once Halo has it', async () => {
    const { action, runs } = scripted([offline]);
    const { runner, outbox, replayer, dispatched } = setUp(action);
    const req = request();
    // The first attempt read nothing (the e-mail was not open): keep some content by hand.
    await lastValueFrom(runner.run(req, { mail: { html: '<p>kept</p>' } }));
    expect(outbox.items().map((i) => i.state)).toEqual(['pending']);

    await replayer.retryNow(req.id);
    expect(await runs[1].mail.html()).toBe('<p>kept</p>');
    expect(runs[1].snapshot).toEqual(email);
    expect(outbox.items()).toEqual([]);
    expect(dispatched.map((a) => a.type)).toEqual([
      HaloEvents.logFailed.type,
      HaloEvents.emailLogged.type,
    ]);
    expect(dispatched[1].fromOutbox).toBeTrue();
  });

  it('waits for sign-in, and leaves another Halo’s requests alone', async () => {
    const { action, runs } = scripted([offline]);
    const { runner, outbox, replayer, auth } = setUp(action);
    const req = request();
    await lastValueFrom(runner.run(req));
    auth.set({ status: 'signed-out', reason: null });
    await replayer.retryNow(req.id);
    expect(runs.length).toBe(1);

    auth.set(signedIn);
    await outbox.queue(req.id, offline, {}, []); // still waiting
    const other = { ...request(), id: crypto.randomUUID() };
    await outbox.begin(other, 'https://other.example app');
    await outbox.queue(other.id, offline, {}, []);
    await outbox.markDue(other.id);
    await replayer.retryNow(req.id);
    expect(runs.length).toBe(2);
    expect(outbox.items().map((i) => i.tenant)).toEqual(['https://other.example app']);
  });

  it('stops retrying by itself after the last attempt, and the agent can still retry it', async () => {
    const { action, runs } = scripted([offline, offline]);
    const { runner, outbox, replayer } = setUp(action, {
      ...DEFAULT_OUTBOX_POLICY,
      maxAttempts: 2,
    });
    const req = request();
    await lastValueFrom(runner.run(req));
    await replayer.retryNow(req.id);
    expect(outbox.items()).toEqual([
      jasmine.objectContaining({ state: 'failed', attempts: 2, nextAttemptAt: null }),
    ]);
    await replayer.flush();
    expect(runs.length).toBe(2);
    await replayer.retryNow(req.id);
    expect(runs.length).toBe(3);
    expect(outbox.items()).toEqual([]);
  });

  it('keeps, for the agent, a request that failed for a reason retrying will not fix', async () => {
    const refused: LogOutcome = {
      status: 'failed',
      message: 'Halo refused the note: ticket 1042 is closed. Reopen it, then retry.',
      retryable: false,
      kind: 'invalid-input',
    };
    const { action } = scripted([offline, refused]);
    const { runner, outbox, replayer } = setUp(action);
    const req = request();
    await lastValueFrom(runner.run(req));
    await replayer.retryNow(req.id);
    expect(outbox.items()).toEqual([
      jasmine.objectContaining({
        state: 'failed',
        problem: { message: refused.message, kind: null },
      }),
    ]);
    await outbox.discard(req.id);
    expect(outbox.items()).toEqual([]);
  });

  it('picks up, after a reload, a request whose pane went away mid-way', async () => {
    const { action, runs } = scripted([]);
    const { outbox, replayer } = setUp(action, { ...DEFAULT_OUTBOX_POLICY, leaseMs: -1 });
    const req = request();
    await outbox.begin(req, TENANT); // the pane closed before it finished
    await outbox.saveJournal(req.id, { actionId: 7 });
    replayer.start();
    await replayer.flush();
    expect(runs.length).toBe(1);
    expect(runs[0].journal.get<number>('actionId')).toBe(7);
    expect(outbox.items()).toEqual([]);
  });
});
