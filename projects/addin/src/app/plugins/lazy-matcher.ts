import type { Matcher } from '@halo-outlook/sdk';
import { from, isObservable, switchMap } from 'rxjs';

/** What the registry must know of a matcher before its code is loaded. */
export type MatcherHead = Pick<Matcher, 'id' | 'priority' | 'timeoutMs' | 'dependsOn'>;

/**
 * A matcher whose code (and data: a model, a corpus) is loaded on its first run, so it stays out
 * of the pane's initial bundle. `head` gives what the registry needs at start-up; its time box
 * covers the first load. A failed load is tried again on the next email.
 *
 * @usageNotes
 * `withMatchers(lazyMatcher({ id: 'example.classification', priority: 5, timeoutMs: 4000 },
 *   () => import('@halo-outlook/plugin-classification').then((m) => m.classificationMatcher())))`
 */
export function lazyMatcher(head: MatcherHead, load: () => Promise<Matcher>): Matcher {
  let loading: Promise<Matcher> | null = null;
  const loaded = (): Promise<Matcher> =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
  return {
    ...head,
    match: (context) =>
      from(loaded()).pipe(
        switchMap((matcher) => {
          const found = matcher.match(context);
          return isObservable(found) ? found : from(found);
        }),
      ),
  };
}
