import type { Candidate, MatchContext, Matcher } from '@halo-outlook/sdk';
import { lastValueFrom, isObservable, of, toArray } from 'rxjs';
import { lazyMatcher } from './lazy-matcher';

const tag: Candidate = { kind: 'tag', id: 'x', label: 'X', confidence: 0.6, reason: 'Because.' };
const context = {} as MatchContext;

describe('lazyMatcher', () => {
  it('loads the matcher on its first run only, and answers with its candidates', async () => {
    const inner: Matcher = { id: 'acme.x', priority: 1, match: async () => [tag] };
    const load = jasmine.createSpy('load').and.resolveTo(inner);
    const matcher = lazyMatcher({ id: 'acme.x', priority: 1, timeoutMs: 4000 }, load);

    expect(matcher.id).toBe('acme.x');
    expect(matcher.timeoutMs).toBe(4000);
    expect(load).not.toHaveBeenCalled();
    for (let i = 0; i < 2; i++) {
      const found = matcher.match(context);
      expect(isObservable(found)).toBeTrue();
      if (isObservable(found)) expect(await lastValueFrom(found)).toEqual([tag]);
    }
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('passes on each batch of an Observable matcher, and loads again after a failed load', async () => {
    const inner: Matcher = { id: 'acme.x', priority: 1, match: () => of([], [tag]) };
    const load = jasmine
      .createSpy('load')
      .and.returnValues(Promise.reject(new Error('offline')), Promise.resolve(inner));
    const matcher = lazyMatcher({ id: 'acme.x', priority: 1 }, load);

    const first = matcher.match(context);
    if (isObservable(first))
      await expectAsync(lastValueFrom(first)).toBeRejectedWithError('offline');
    const second = matcher.match(context);
    if (isObservable(second))
      expect(await lastValueFrom(second.pipe(toArray()))).toEqual([[], [tag]]);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
