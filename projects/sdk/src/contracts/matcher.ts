import { MailSnapshot } from '@halo-outlook/core';
import { Observable } from 'rxjs';
import { Candidate } from './candidate';

/**
 * What a matcher is given for one email. The Halo facade and logger arrive with the sdk's plugin
 * context; a matcher never sees `HttpClient` or tokens.
 */
export interface MatchContext {
  /** The email being resolved. */
  readonly snapshot: MailSnapshot;
  /** Aborted when the email changes or the matcher's time box ends. */
  readonly signal: AbortSignal;
}

/**
 * A matcher decides which Halo records an email belongs to.
 *
 * @usageNotes
 * ```ts
 * export const subjectTagMatcher: Matcher = {
 *   id: 'acme.subject-tag',
 *   priority: 50,
 *   appliesTo: (s) => s.subject.includes('[ID:'),
 *   match: async ({ snapshot }) => [...],
 * };
 * ```
 */
export interface Matcher {
  /** A unique id, `vendor.name`. */
  readonly id: string;
  /** Higher runs and wins ties first. */
  readonly priority: number;
  /** How long the matcher may take before it is cut off, in milliseconds. */
  readonly timeoutMs?: number;
  /** A cheap synchronous check; when it returns false, `match` is not called. */
  appliesTo?(snapshot: MailSnapshot): boolean;
  /** Proposes candidates for the email. */
  match(context: MatchContext): Promise<readonly Candidate[]> | Observable<readonly Candidate[]>;
}
