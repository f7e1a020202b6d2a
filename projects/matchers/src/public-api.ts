/*
 * Public API of @halo-outlook/matchers: the built-in matchers, written only against the sdk.
 */
export {
  DEFAULT_TICKET_TAG_PREFIXES,
  findTicketTags,
} from './thread-by-subject-tag/find-ticket-tags';
export { threadBySubjectTagMatcher } from './thread-by-subject-tag/thread-by-subject-tag-matcher';
