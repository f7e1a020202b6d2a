import type { Candidate, Matcher } from '@halo-outlook/sdk';
import { findTicket } from '../thread-by-message-id/find-ticket';
import { DEFAULT_TICKET_TAG_PREFIXES, findTicketTags } from './find-ticket-tags';

/** Options of {@link threadBySubjectTagMatcher}. */
export interface ThreadBySubjectTagOptions {
  /** The tenant's tag prefixes (default `ID`, as in `[ID: 1042]`). */
  readonly prefixes?: readonly string[];
}

/**
 * Creates the matcher that proposes the tickets named in the subject's `[ID: n]` tags, which Halo
 * writes on the e-mails it sends. Each tagged ticket is checked in Halo (a tag from another Halo
 * tenant names a ticket this one does not have) and proposed as a thread ticket with its summary.
 *
 * @usageNotes
 * `withMatchers(threadBySubjectTagMatcher({ prefixes: ['ID', 'TKT'] }))`
 */
export function threadBySubjectTagMatcher(options: ThreadBySubjectTagOptions = {}): Matcher {
  const prefixes = options.prefixes ?? DEFAULT_TICKET_TAG_PREFIXES;
  return {
    id: 'halo.thread-by-subject-tag',
    priority: 80,
    appliesTo: (snapshot) => findTicketTags(snapshot.subject, prefixes).length > 0,
    match: async ({ snapshot, halo, signal }) => {
      const ids = findTicketTags(snapshot.subject, prefixes);
      const tickets = await Promise.all(ids.map((id) => findTicket(halo, id, signal)));
      return tickets.flatMap((ticket): Candidate[] =>
        ticket === null
          ? []
          : [
              {
                kind: 'ticket',
                id: ticket.id,
                label: `#${ticket.id} ${ticket.summary}`,
                confidence: 0.9,
                relation: 'thread',
                reason: `The subject carries the ticket tag of #${ticket.id}.`,
                data: { status: ticket.statusName },
              },
            ],
      );
    },
  };
}
