import type { Matcher } from '@halo-outlook/sdk';
import { clientByDomainMatcher } from '../client-by-domain/client-by-domain-matcher';
import { contactByEmailMatcher } from '../contact-by-email/contact-by-email-matcher';
import { neverLogMatcher } from '../never-log/never-log-matcher';
import { openTicketsMatcher } from '../open-tickets/open-tickets-matcher';
import { rememberedChoiceMatcher } from '../remembered-choice/remembered-choice-matcher';
import { threadByMessageIdMatcher } from '../thread-by-message-id/thread-by-message-id-matcher';
import { threadBySubjectTagMatcher } from '../thread-by-subject-tag/thread-by-subject-tag-matcher';

/** Options of {@link builtInMatchers}: those of each built-in matcher. */
export interface BuiltInMatchersOptions {
  /** The MSP's own domains: their e-mail is never logged (no never-log matcher when empty). */
  readonly internalDomains?: readonly string[];
  /** Domains that never imply a client (default `PUBLIC_EMAIL_DOMAINS`). */
  readonly publicDomains?: readonly string[];
  /** The tenant's subject tag prefixes (default `ID`). */
  readonly ticketTagPrefixes?: readonly string[];
  /** How many open tickets to propose at most (default 10). */
  readonly openTicketsCount?: number;
}

/**
 * Every built-in matcher, configured: contact by e-mail, client by domain, thread by message id,
 * thread by subject tag, open tickets, the agent's remembered choice, and never-log for internal
 * domains.
 *
 * @usageNotes
 * ```ts
 * provideHaloPlugins(withMatchers(builtInMatchers({ internalDomains: ['msp.example'] })))
 * ```
 */
export function builtInMatchers(options: BuiltInMatchersOptions = {}): Matcher[] {
  const internal = options.internalDomains ?? [];
  return [
    rememberedChoiceMatcher(),
    ...(internal.length > 0 ? [neverLogMatcher({ domains: internal })] : []),
    contactByEmailMatcher(),
    threadByMessageIdMatcher(),
    threadBySubjectTagMatcher({
      prefixes: options.ticketTagPrefixes,
      openTicketsCount: options.openTicketsCount,
    }),
    clientByDomainMatcher({ publicDomains: options.publicDomains }),
    openTicketsMatcher({ count: options.openTicketsCount }),
  ];
}
