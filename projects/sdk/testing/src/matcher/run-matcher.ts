import {
  type Candidate,
  type MailSnapshot,
  type Matcher,
  validateCandidate,
} from '@halo-outlook/sdk';
import { isObservable, lastValueFrom, toArray } from 'rxjs';
import { aMatchContext, type MatchContextOverrides } from './a-match-context';

/**
 * Runs a matcher the way the pane does for one e-mail, and returns every candidate it proposed:
 * `appliesTo` first (an e-mail it does not apply to yields no candidates), then `match`, whether it
 * returns a Promise or an Observable (all batches are collected). Every candidate is checked with
 * `validateCandidate`; an invalid one fails the call with the problem (the pane would drop it).
 * There is no time box here: the contract suite checks that.
 *
 * @usageNotes
 * ```ts
 * const halo = new RecordingHaloFacade({ tickets: [aHaloTicket({ id: 7 })] });
 * const candidates = await runMatcher(myMatcher, aMailSnapshot({ subject: '[ID: 7] x' }), { halo });
 * expect(candidates[0].id).toBe(7);
 * ```
 */
export async function runMatcher(
  matcher: Matcher,
  snapshot: MailSnapshot,
  context: MatchContextOverrides = {},
): Promise<readonly Candidate[]> {
  if (matcher.appliesTo && !matcher.appliesTo(snapshot)) return [];
  const result = matcher.match(aMatchContext(snapshot, context));
  const candidates = isObservable(result)
    ? (await lastValueFrom(result.pipe(toArray()))).flat()
    : await result;
  candidates.forEach((candidate, index) => {
    const check = validateCandidate(candidate);
    if (!check.ok) {
      throw new Error(
        `${matcher.id} proposed an invalid candidate (${index + 1}): ${check.problem}`,
      );
    }
  });
  return candidates;
}
