import { AppError } from '@halo-outlook/core';
import { Subject } from 'rxjs';
import type { Candidate } from '../contracts/candidate';
import { aMailSnapshot, aMatchContext } from '@halo-outlook/sdk/testing';
import type { Matcher } from '../contracts/matcher';
import { type IsolatedEvent, runIsolated } from './run-isolated';

const ticket: Candidate = { kind: 'ticket', id: 7, label: '#7', confidence: 0.9, reason: 'tag' };

function run(matcher: Matcher, parent = new AbortController().signal, timeoutMs = 1000) {
  const events: IsolatedEvent[] = [];
  const seen: { signal?: AbortSignal; completed: boolean } = { completed: false };
  const subscription = runIsolated(
    matcher,
    (signal) => {
      seen.signal = signal;
      return aMatchContext(aMailSnapshot(), { signal });
    },
    parent,
    timeoutMs,
  ).subscribe({ next: (e) => events.push(e), complete: () => (seen.completed = true) });
  return { events, seen, subscription };
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve));

const problemKinds = (events: IsolatedEvent[]) =>
  events.flatMap((e) => (e.type === 'problem' ? [e.problem.kind] : []));

describe('runIsolated', () => {
  afterEach(() => jasmine.clock().uninstall());

  it('passes on valid candidates and completes', async () => {
    const { events, seen } = run({ id: 'a.b', priority: 1, match: async () => [ticket] });
    await flush();
    expect(events).toEqual([{ type: 'candidates', candidates: [ticket] }]);
    expect(seen.completed).toBeTrue();
  });

  it('cuts a matcher that never settles at its time box, aborting its signal', () => {
    jasmine.clock().install();
    const { events, seen } = run(
      { id: 'a.slow', priority: 1, match: () => new Promise(() => undefined) },
      undefined,
      500,
    );
    jasmine.clock().tick(499);
    expect(seen.completed).toBeFalse();
    jasmine.clock().tick(1);
    expect(seen.completed).toBeTrue();
    expect(seen.signal?.aborted).toBeTrue();
    expect(problemKinds(events)).toEqual(['timeout']);
    const problem = events[0].type === 'problem' ? events[0].problem : null;
    expect(problem?.message).toContain('a.slow did not answer within 1 second');
    expect(problem?.action).toContain('Refresh');
  });

  it('reports a synchronous throw as an error problem, with the detail for diagnostics', () => {
    const { events, seen } = run({
      id: 'a.throws',
      priority: 1,
      match: () => {
        throw new TypeError('x is undefined');
      },
    });
    expect(problemKinds(events)).toEqual(['error']);
    expect(seen.completed).toBeTrue();
    expect(events[0].type === 'problem' && events[0].problem.detail).toBe(
      'TypeError: x is undefined',
    );
  });

  it("keeps an AppError's message and next step", async () => {
    const { events } = run({
      id: 'a.offline',
      priority: 1,
      match: async () => {
        throw new AppError({
          kind: 'offline',
          message: 'Halo cannot be reached.',
          action: 'Check your connection.',
        });
      },
    });
    await flush();
    const problem = events[0].type === 'problem' ? events[0].problem : null;
    expect(problem?.message).toBe('a.offline could not finish: Halo cannot be reached.');
    expect(problem?.action).toBe('Check your connection.');
  });

  it('keeps the valid candidates of a batch and reports the invalid ones', () => {
    const batches = new Subject<readonly Candidate[]>();
    const { events } = run({ id: 'a.sloppy', priority: 1, match: () => batches });
    batches.next([ticket, { ...ticket, id: 8, confidence: 3 }]);
    expect(events[0]).toEqual({ type: 'candidates', candidates: [ticket] });
    expect(problemKinds(events)).toEqual(['invalid-result']);
    expect(events[1].type === 'problem' && events[1].problem.detail).toContain(
      'candidate 2: confidence',
    );
  });

  it('drops results that arrive after the e-mail changed, without reporting a problem', async () => {
    let answer: (c: readonly Candidate[]) => void = () => undefined;
    const email = new AbortController();
    const { events, seen } = run(
      { id: 'a.late', priority: 1, match: () => new Promise((resolve) => (answer = resolve)) },
      email.signal,
    );
    email.abort();
    answer([ticket]);
    await flush();
    expect(events).toEqual([]);
    expect(seen.signal?.aborted).toBeTrue();
    expect(seen.completed).toBeTrue();
  });

  it('does not call match when appliesTo says no', () => {
    const match = jasmine.createSpy('match');
    const { seen } = run({ id: 'a.skip', priority: 1, appliesTo: () => false, match });
    expect(match).not.toHaveBeenCalled();
    expect(seen.completed).toBeTrue();
  });
});
