import { Candidate, Matcher } from '@halo-outlook/sdk';
import { of } from 'rxjs';
import { aMailSnapshot } from '../snapshot/a-mail-snapshot';
import { runMatcher } from './run-matcher';

describe('runMatcher', () => {
  const candidate = (id: number): Candidate => ({
    kind: 'ticket',
    id,
    label: `#${id}`,
    confidence: 0.5,
    reason: 'test',
  });

  it('returns what a Promise-based matcher proposes', async () => {
    const matcher: Matcher = { id: 't.p', priority: 1, match: async () => [candidate(1)] };
    expect(await runMatcher(matcher, aMailSnapshot())).toEqual([candidate(1)]);
  });

  it('collects every emission of an Observable-based matcher', async () => {
    const matcher: Matcher = {
      id: 't.o',
      priority: 1,
      match: () => of([candidate(1)], [candidate(2)]),
    };
    expect((await runMatcher(matcher, aMailSnapshot())).map((c) => c.id)).toEqual([1, 2]);
  });

  it('does not call match when appliesTo says no', async () => {
    const match = jasmine.createSpy('match').and.resolveTo([candidate(1)]);
    const matcher: Matcher = { id: 't.a', priority: 1, appliesTo: () => false, match };
    expect(await runMatcher(matcher, aMailSnapshot())).toEqual([]);
    expect(match).not.toHaveBeenCalled();
  });
});
