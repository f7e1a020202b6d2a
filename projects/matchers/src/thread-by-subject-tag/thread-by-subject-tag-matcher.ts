import { Candidate, Matcher } from '@halo-outlook/sdk';
import { DEFAULT_TICKET_TAG_PREFIXES, findTicketTags } from './find-ticket-tags';

/**
 * Creates the matcher that proposes the tickets named in the subject's `[ID: n]` tags. A tag is
 * strong evidence (Halo wrote it), so its candidates carry a high confidence.
 *
 * @param prefixes the tenant's tag prefixes (default `ID`).
 */
export function threadBySubjectTagMatcher(
  prefixes: readonly string[] = DEFAULT_TICKET_TAG_PREFIXES,
): Matcher {
  return {
    id: 'halo.thread-by-subject-tag',
    priority: 80,
    timeoutMs: 1000,
    appliesTo: (snapshot) => findTicketTags(snapshot.subject, prefixes).length > 0,
    match: async ({ snapshot }) =>
      findTicketTags(snapshot.subject, prefixes).map((id): Candidate => ({
        kind: 'ticket',
        id,
        label: `Ticket #${id}`,
        confidence: 0.9,
        reason: `The subject carries the ticket tag for #${id}.`,
      })),
  };
}
