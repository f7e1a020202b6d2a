import type { MailSnapshot } from '@halo-outlook/core';
import type { Observable } from 'rxjs';
import type { PluginLogger } from '../context/plugin-logger';
import type { HaloReadFacade } from '@halo-outlook/halo';
import type { MailContent } from '../mail/mail-content';
import type { RememberedChoices } from '../memory/remembered-choices';
import type { Candidate } from './candidate';

/** The kinds a matcher can wait for with {@link Matcher.dependsOn}. */
export type MatcherDependency = 'contact' | 'client';

/** What is already decided about the e-mail when a dependent matcher starts. */
export interface ResolvedSoFar {
  /** The decided contact, or `null` when none is (yet). */
  readonly contact: Candidate | null;
  /** The decided client, or `null` when none is (or the agent still has to choose one). */
  readonly client: Candidate | null;
}

/**
 * What a matcher is given for one e-mail. A matcher never sees `HttpClient` or tokens: it reads
 * Halo through `halo`, and stops when `signal` aborts.
 */
export interface MatchContext {
  /** The e-mail being resolved. */
  readonly snapshot: MailSnapshot;
  /**
   * Aborted when the e-mail changes or the matcher's time box ends. Pass it to every facade call;
   * results that arrive after it aborted are dropped.
   */
  readonly signal: AbortSignal;
  /** Halo, read-only, counted against this e-mail. */
  readonly halo: HaloReadFacade;
  /** A logger whose entries carry the matcher's id. */
  readonly log: PluginLogger;
  /**
   * The e-mail's body, headers and attachment content, read on demand (once per e-mail, shared by
   * every matcher). A part this Outlook cannot give rejects with an `AppError`: carry on without it.
   */
  readonly mail: MailContent;
  /** The choices the agent asked to remember, per sender (read them with `recall`). */
  readonly choices: Pick<RememberedChoices, 'recall'>;
  /**
   * The contact and client decided so far. Filled for a matcher that declares
   * {@link Matcher.dependsOn}; for the others both are `null` (they start before anything is known).
   */
  readonly resolved: ResolvedSoFar;
}

/**
 * A matcher decides which Halo records an e-mail belongs to.
 *
 * Rules the sdk enforces: the id is `vendor.name` and unique; `match` is cut off after `timeoutMs`
 * (default 3000 ms) and when the e-mail changes; a throw, a rejection, a timeout or an invalid
 * candidate is reported under the matcher's id and never stops the others; after repeated
 * failures the matcher is skipped for a cool-down (the circuit breaker).
 *
 * @usageNotes
 * ```ts
 * export function vipFlagMatcher(): Matcher {
 *   return {
 *     id: 'acme.vip-flag',
 *     priority: 10,
 *     dependsOn: ['client'],
 *     match: async ({ resolved, halo, signal }) => {
 *       const client = await halo.getClient(Number(resolved.client?.id), { signal });
 *       return client?.name.endsWith('(VIP)')
 *         ? [{ kind: 'tag', id: 'vip', label: 'VIP', confidence: 0.9, reason: 'A VIP client.' }]
 *         : [];
 *     },
 *   };
 * }
 * ```
 */
export interface Matcher {
  /** A unique id, `vendor.name` (see `PLUGIN_ID_PATTERN`). */
  readonly id: string;
  /**
   * Higher runs first and, when two matchers propose the same record with the same confidence,
   * gives the label and data shown. Equal priorities are ordered by id.
   */
  readonly priority: number;
  /** How long `match` may take before it is cut off, in milliseconds (default 3000). */
  readonly timeoutMs?: number;
  /**
   * Kinds that must be decided before this matcher starts (its context's `resolved` then holds
   * them). Matchers without it start together as soon as the e-mail is known; a dependent matcher
   * starts as soon as its kinds are decided, starts again when the agent changes them, and does
   * not run when they cannot be decided.
   */
  readonly dependsOn?: readonly MatcherDependency[];
  /** A cheap synchronous check; when it returns false, `match` is not called. */
  appliesTo?(snapshot: MailSnapshot): boolean;
  /**
   * Proposes candidates for the e-mail. An Observable may emit several batches (each is shown as
   * it arrives); a Promise gives one.
   */
  match(context: MatchContext): Promise<readonly Candidate[]> | Observable<readonly Candidate[]>;
}
