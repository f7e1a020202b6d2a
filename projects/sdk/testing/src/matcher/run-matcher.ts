import { MailSnapshot } from '@halo-outlook/sdk';
import { Candidate, Matcher } from '@halo-outlook/sdk';
import { isObservable, lastValueFrom, toArray } from 'rxjs';

/**
 * Runs a matcher the way the pane does for one email, and returns every candidate it proposed:
 * `appliesTo` first (an email it does not apply to yields no candidates), then `match`, whether it
 * returns a Promise or an Observable (all emissions are collected).
 *
 * @usageNotes
 * ```ts
 * const candidates = await runMatcher(myMatcher, aMailSnapshot({ subject: '[ID: 7] x' }));
 * expect(candidates[0].id).toBe(7);
 * ```
 */
export async function runMatcher(
  matcher: Matcher,
  snapshot: MailSnapshot,
  signal: AbortSignal = new AbortController().signal,
): Promise<readonly Candidate[]> {
  if (matcher.appliesTo && !matcher.appliesTo(snapshot)) return [];
  const result = matcher.match({ snapshot, signal });
  if (!isObservable(result)) return result;
  const batches = await lastValueFrom(result.pipe(toArray()));
  return batches.flat();
}
