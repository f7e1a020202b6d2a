import { TestBed } from '@angular/core/testing';
import { DiagnosticsLog } from '@halo-outlook/core';
import {
  aMailSnapshot,
  provideRecordingHalo,
  RecordingHaloFacade,
} from '@halo-outlook/sdk/testing';
import type { Candidate } from '../contracts/candidate';
import type { MatchContext, Matcher } from '../contracts/matcher';
import { RememberedChoices } from '../memory/remembered-choices';
import { provideHaloPlugins } from '../registry/provide-halo-plugins';
import { withMatchers } from '../registry/with-matchers';
import { withPluginOptions } from '../registry/with-plugin-options';
import { ResolutionStore } from './resolution-store';

interface Call {
  readonly context: MatchContext;
  answer(candidates: readonly Candidate[]): void;
  fail(error: unknown): void;
}

/** A matcher whose every run waits until the test answers it. */
function controllable(id: string, extra: Partial<Matcher> = {}) {
  const calls: Call[] = [];
  const matcher: Matcher = {
    id,
    priority: 50,
    ...extra,
    match: (context) => new Promise((answer, fail) => calls.push({ context, answer, fail })),
  };
  return { matcher, calls };
}

const c = (
  kind: Candidate['kind'],
  id: number,
  confidence = 0.9,
  extra: Partial<Candidate> = {},
): Candidate => ({
  kind,
  id,
  label: `${kind} ${id}`,
  confidence,
  reason: `test ${kind} ${id}`,
  ...extra,
});

/** Lets pending promise callbacks run (works with and without jasmine.clock). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

function setUp(matchers: Matcher[], options = {}) {
  const diagnostics = jasmine.createSpyObj<DiagnosticsLog>('DiagnosticsLog', ['record']);
  TestBed.configureTestingModule({
    providers: [
      provideHaloPlugins(withMatchers(matchers), withPluginOptions(options)),
      provideRecordingHalo(new RecordingHaloFacade()),
      { provide: DiagnosticsLog, useValue: diagnostics },
    ],
  });
  return { store: TestBed.inject(ResolutionStore), diagnostics };
}

describe('ResolutionStore', () => {
  const alice = aMailSnapshot({ from: 'alice.carter@contoso-dental.example' });

  afterEach(() => jasmine.clock().uninstall());

  it('is idle before any e-mail', () => {
    const { store } = setUp([]);
    expect(store.status()).toBe('idle');
    expect(store.picture().contact).toBeNull();
  });

  it("publishes each matcher's results as they arrive, and is ready when all have answered", async () => {
    const contact = controllable('t.contact');
    const thread = controllable('t.thread');
    const { store } = setUp([contact.matcher, thread.matcher]);
    store.resolve(alice);
    expect(store.status()).toBe('resolving');
    expect(store.pending()).toEqual(['t.contact', 't.thread']);

    contact.calls[0].answer([c('contact', 1)]);
    await settle();
    expect(store.picture().contact?.id).toBe(1);
    expect(store.status()).toBe('resolving');
    expect(store.ready()).toBeFalse();

    thread.calls[0].answer([c('ticket', 1001, 0.95, { relation: 'thread' })]);
    await settle();
    expect(store.picture().threadTickets.map((t) => t.id)).toEqual([1001]);
    expect(store.status()).toBe('ready');
    expect(store.timing().settledAt).not.toBeNull();
    expect(store.scope()).toBe(`email:${alice.itemId}`);
  });

  it('cuts a matcher that never answers at its time box while the others complete', async () => {
    jasmine.clock().install();
    const contact = controllable('t.contact');
    const { store, diagnostics } = setUp([
      contact.matcher,
      { id: 't.never', priority: 10, timeoutMs: 500, match: () => new Promise(() => undefined) },
    ]);
    store.resolve(alice);
    contact.calls[0].answer([c('contact', 1)]);
    await settle();
    expect(store.picture().contact?.id).toBe(1);
    expect(store.status()).toBe('resolving');

    jasmine.clock().tick(500);
    await settle();
    expect(store.status()).toBe('partial');
    expect(store.problems().map((p) => [p.pluginId, p.kind])).toEqual([['t.never', 'timeout']]);
    expect(store.picture().contact?.id).toBe(1);
    expect(diagnostics.record).toHaveBeenCalledWith(
      't.never',
      'warn',
      jasmine.stringContaining('did not answer'),
      jasmine.anything(),
    );
  });

  it('reports a throwing matcher under its id and carries on with the others', async () => {
    const contact = controllable('t.contact');
    const { store, diagnostics } = setUp([
      {
        id: 't.broken',
        priority: 99,
        match: () => {
          throw new Error('boom');
        },
      },
      contact.matcher,
    ]);
    store.resolve(alice);
    contact.calls[0].answer([c('contact', 1)]);
    await settle();
    expect(store.picture().contact?.id).toBe(1);
    expect(store.status()).toBe('partial');
    expect(store.problems()[0]).toEqual(
      jasmine.objectContaining({ pluginId: 't.broken', kind: 'error', detail: 'Error: boom' }),
    );
    expect(diagnostics.record).toHaveBeenCalledWith(
      't.broken',
      'warn',
      jasmine.any(String),
      jasmine.anything(),
    );
  });

  it('stops late results of the previous e-mail landing when the item changes', async () => {
    const thread = controllable('t.thread');
    const { store } = setUp([thread.matcher]);
    store.resolve(alice);
    const bob = aMailSnapshot({ from: 'bob@northwind.example' });
    store.resolve(bob);
    expect(thread.calls[0].context.signal.aborted).toBeTrue();

    thread.calls[0].answer([c('ticket', 1001, 0.95, { relation: 'thread' })]);
    await settle();
    expect(store.snapshot()).toBe(bob);
    expect(store.picture().threadTickets).toEqual([]);
    expect(store.status()).toBe('resolving');

    thread.calls[1].answer([c('ticket', 2002, 0.95, { relation: 'thread' })]);
    await settle();
    expect(store.picture().threadTickets.map((t) => t.id)).toEqual([2002]);
  });

  it("shows a seen sender's cached picture at once, then replaces it with the fresh one", async () => {
    const contact = controllable('t.contact');
    const { store } = setUp([contact.matcher]);
    store.resolve(alice);
    contact.calls[0].answer([c('contact', 1), c('client', 1)]);
    await settle();

    store.resolve(aMailSnapshot({ from: 'Alice.Carter@contoso-dental.example' }));
    await settle();
    expect(store.status()).toBe('resolving');
    expect(store.picture().client?.id).withContext('cached').toBe(1);
    expect(store.picture().client?.sources).toEqual(['cache']);

    contact.calls[1].answer([c('contact', 1), c('client', 2)]);
    await settle();
    expect(store.picture().client?.id).withContext('fresh').toBe(2);
  });

  it('starts ticket lookups as soon as a client is known, while the others still run', async () => {
    const contact = controllable('t.contact');
    const thread = controllable('t.thread');
    const tickets = controllable('t.tickets', { dependsOn: ['client'] });
    const { store } = setUp([contact.matcher, thread.matcher, tickets.matcher]);
    store.resolve(alice);
    expect(contact.calls.length).toBe(1);
    expect(thread.calls.length).toBe(1);
    expect(tickets.calls.length).toBe(0);

    contact.calls[0].answer([c('contact', 1), c('client', 1)]);
    await settle();
    expect(tickets.calls.length).toBe(1);
    expect(tickets.calls[0].context.resolved.client?.id).toBe(1);
    expect(store.pending()).toEqual(['t.thread', 't.tickets']);
  });

  it("asks the agent between look-alike clients, then follows the agent's choice", async () => {
    const domain = controllable('t.domain');
    const tickets = controllable('t.tickets', { dependsOn: ['client'] });
    const { store } = setUp([domain.matcher, tickets.matcher]);
    const nora = aMailSnapshot({ from: 'nora@northwind.example' });
    store.resolve(nora);
    domain.calls[0].answer([c('client', 2, 0.6), c('client', 3, 0.6)]);
    await settle();
    expect(store.picture().client).toBeNull();
    expect(store.picture().clientChoice.map((x) => x.id)).toEqual([2, 3]);
    expect(tickets.calls.length).withContext('no client, no tickets').toBe(0);
    expect(store.status()).toBe('ready');

    await store.override(store.picture().clientChoice[1], { remember: true });
    await settle();
    expect(store.picture().client?.id).toBe(3);
    expect(store.picture().client?.confidence).toBe(1);
    expect(tickets.calls[0].context.resolved.client?.id).toBe(3);
    const remembered = await TestBed.inject(RememberedChoices).recall('nora@northwind.example');
    expect(remembered.map((r) => [r.kind, r.id])).toEqual([['client', 3]]);
  });

  it('skips a matcher that keeps failing, for a cool-down, and says so', async () => {
    const failing = jasmine.createSpy('match').and.rejectWith(new Error('down'));
    const { store } = setUp([{ id: 't.flaky', priority: 1, match: failing }], {
      failuresBeforeBreak: 2,
    });
    store.resolve(aMailSnapshot());
    await settle();
    store.resolve(aMailSnapshot());
    await settle();
    store.resolve(aMailSnapshot());
    await settle();
    expect(failing).toHaveBeenCalledTimes(2);
    expect(store.problems().map((p) => p.kind)).toEqual(['circuit-open']);
    expect(store.problems()[0].action).toContain('tried again');
  });
});
