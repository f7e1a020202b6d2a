/*
 * Public API of @halo-outlook/matchers: the built-in matchers, written only against the sdk.
 */
export { builtInMatchers } from './built-in/built-in-matchers';
export type { BuiltInMatchersOptions } from './built-in/built-in-matchers';
export { withBuiltInMatchers } from './built-in/with-built-in-matchers';
export { clientByDomainMatcher } from './client-by-domain/client-by-domain-matcher';
export type { ClientByDomainOptions } from './client-by-domain/client-by-domain-matcher';
export {
  EXAMPLE_PUBLIC_EMAIL_DOMAINS,
  PUBLIC_EMAIL_DOMAINS,
} from './client-by-domain/public-email-domains';
export { contactByEmailMatcher } from './contact-by-email/contact-by-email-matcher';
export { neverLogMatcher } from './never-log/never-log-matcher';
export {
  clientOpenTicketsQuery,
  DEFAULT_OPEN_TICKETS_COUNT,
} from './shared-lookups/client-open-tickets';
export type { NeverLogOptions } from './never-log/never-log-matcher';
export { openTicketsMatcher } from './open-tickets/open-tickets-matcher';
export type { OpenTicketsOptions } from './open-tickets/open-tickets-matcher';
export { rememberedChoiceMatcher } from './remembered-choice/remembered-choice-matcher';
export { threadByMessageIdMatcher } from './thread-by-message-id/thread-by-message-id-matcher';
export {
  DEFAULT_TICKET_TAG_PREFIXES,
  findTicketTags,
} from './thread-by-subject-tag/find-ticket-tags';
export { threadBySubjectTagMatcher } from './thread-by-subject-tag/thread-by-subject-tag-matcher';
export type { ThreadBySubjectTagOptions } from './thread-by-subject-tag/thread-by-subject-tag-matcher';
