import type { Candidate, HaloReadFacade, HaloTicket, Matcher } from '@halo-outlook/sdk';
import {
  clientOpenTickets,
  DEFAULT_OPEN_TICKETS_COUNT,
} from '../shared-lookups/client-open-tickets';
import { findSenderContacts, senderClientId } from '../shared-lookups/sender-contacts';
import { findTicket } from '../thread-by-message-id/find-ticket';
import { DEFAULT_TICKET_TAG_PREFIXES, findTicketTags } from './find-ticket-tags';

/** Options of {@link threadBySubjectTagMatcher}. */
export interface ThreadBySubjectTagOptions {
  /** The tenant's tag prefixes (default `ID`, as in `[ID: 1042]`). */
  readonly prefixes?: readonly string[];
  /**
   * How many open tickets the open-tickets matcher reads (default 10): give it the same count, so
   * the tag is checked against the very request that matcher sends.
   */
  readonly openTicketsCount?: number;
}

/**
 * Creates the matcher that proposes the tickets named in the subject's `[ID: n]` tags, which Halo
 * writes on the e-mails it sends. A tag from another Halo tenant names a ticket this one does not
 * have, so each tagged ticket is checked in Halo and proposed as a thread ticket with its summary.
 *
 * The check costs no request of its own when it can: when the sender's contacts decide their
 * client (the contact lookup, shared with the contact matcher), the client's open tickets are
 * read as the open-tickets matcher reads them (the same request, shared in flight), and a tagged
 * ticket among them is accepted from there. Only the others are asked for one by one.
 *
 * @usageNotes
 * `withMatchers(threadBySubjectTagMatcher({ prefixes: ['ID', 'TKT'] }))`
 */
export function threadBySubjectTagMatcher(options: ThreadBySubjectTagOptions = {}): Matcher {
  const prefixes = options.prefixes ?? DEFAULT_TICKET_TAG_PREFIXES;
  const count = options.openTicketsCount ?? DEFAULT_OPEN_TICKETS_COUNT;
  return {
    id: 'halo.thread-by-subject-tag',
    priority: 80,
    appliesTo: (snapshot) => findTicketTags(snapshot.subject, prefixes).length > 0,
    match: async ({ snapshot, halo, signal }) => {
      const ids = findTicketTags(snapshot.subject, prefixes);
      const open = await sendersOpenTickets(halo, snapshot.from.address, count, signal);
      const tickets = await Promise.all(
        ids.map((id) => open.find((t) => t.id === id) ?? findTicket(halo, id, signal)),
      );
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

/**
 * The open tickets of the client the sender's contacts decide, or none when they decide none.
 * Only a shortcut: a failure here leaves the tags to be checked one by one.
 */
async function sendersOpenTickets(
  halo: HaloReadFacade,
  from: string,
  count: number,
  signal: AbortSignal,
): Promise<readonly HaloTicket[]> {
  try {
    const clientId = senderClientId(await findSenderContacts(halo, from, signal));
    return clientId === null ? [] : await clientOpenTickets(halo, clientId, count, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    return [];
  }
}
