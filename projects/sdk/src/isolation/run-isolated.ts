import { Observable, type Subscription, from, isObservable } from 'rxjs';
import type { Candidate } from '../contracts/candidate';
import type { MatchContext, Matcher } from '../contracts/matcher';
import { validateCandidate } from '../contracts/validate-candidate';
import { errorProblem, invalidResultProblem, timeoutProblem } from './describe-problem';
import type { PluginProblem } from './plugin-problem';

/** What one isolated matcher run reports: a batch of valid candidates, or a problem. */
export type IsolatedEvent =
  | { readonly type: 'candidates'; readonly candidates: readonly Candidate[] }
  | { readonly type: 'problem'; readonly problem: PluginProblem };

/**
 * Runs one matcher for one e-mail, isolated from everything else:
 * - it gets its own `AbortController`, aborted when `parent` aborts (the e-mail changed), when
 *   its time box of `timeoutMs` ends, and when the run is unsubscribed;
 * - a synchronous throw, a rejection or an Observable error becomes an `error` problem, the end of
 *   the time box a `timeout` problem, and anything that is not a valid candidate an
 *   `invalid-result` problem (the valid candidates of the batch are kept);
 * - results that arrive after an abort are dropped.
 *
 * The Observable completes after the last batch or the first problem that ends the run.
 *
 * @param makeContext builds the matcher's context around the run's own signal.
 */
export function runIsolated(
  matcher: Matcher,
  makeContext: (signal: AbortSignal) => MatchContext,
  parent: AbortSignal,
  timeoutMs: number,
): Observable<IsolatedEvent> {
  return new Observable<IsolatedEvent>((subscriber) => {
    const controller = new AbortController();
    if (parent.aborted) {
      subscriber.complete();
      return;
    }
    const end = (problem?: PluginProblem) => {
      if (subscriber.closed) return;
      if (problem) subscriber.next({ type: 'problem', problem });
      subscriber.complete();
    };
    const onParentAbort = () => {
      controller.abort(parent.reason);
      end();
    };
    parent.addEventListener('abort', onParentAbort, { once: true });
    const timer = setTimeout(() => {
      controller.abort(new DOMException(`${matcher.id} ran out of time`, 'TimeoutError'));
      end(timeoutProblem(matcher.id, timeoutMs));
    }, timeoutMs);

    let inner: Subscription | undefined;
    try {
      const context = makeContext(controller.signal);
      if (!matcher.appliesTo || matcher.appliesTo(context.snapshot)) {
        const result = matcher.match(context);
        const source: Observable<unknown> = isObservable(result) ? result : from(result);
        inner = source.subscribe({
          next: (batch) => {
            if (controller.signal.aborted) return;
            const { candidates, problem } = checkBatch(batch);
            if (candidates.length > 0) subscriber.next({ type: 'candidates', candidates });
            if (problem)
              subscriber.next({
                type: 'problem',
                problem: invalidResultProblem(matcher.id, problem),
              });
          },
          error: (error: unknown) => {
            if (!controller.signal.aborted) end(errorProblem(matcher.id, error));
          },
          complete: () => {
            if (!controller.signal.aborted) end();
          },
        });
      } else {
        end();
      }
    } catch (error) {
      end(errorProblem(matcher.id, error));
    }

    return () => {
      clearTimeout(timer);
      parent.removeEventListener('abort', onParentAbort);
      inner?.unsubscribe();
      if (!controller.signal.aborted) controller.abort(new DOMException('run ended', 'AbortError'));
    };
  });
}

function checkBatch(batch: unknown): { candidates: Candidate[]; problem: string | null } {
  if (!Array.isArray(batch)) {
    return { candidates: [], problem: 'match() must give an array of candidates' };
  }
  const candidates: Candidate[] = [];
  let problem: string | null = null;
  batch.forEach((value: unknown, index) => {
    const check = validateCandidate(value);
    if (check.ok) candidates.push(check.candidate);
    else problem ??= `candidate ${index + 1}: ${check.problem}`;
  });
  return { candidates, problem };
}
