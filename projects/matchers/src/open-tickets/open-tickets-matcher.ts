import type { Candidate, Matcher } from '@halo-outlook/sdk';
import {
  clientOpenTickets,
  DEFAULT_OPEN_TICKETS_COUNT,
} from '../shared-lookups/client-open-tickets';

/** Options of {@link openTicketsMatcher}. */
export interface OpenTicketsOptions {
  /** How many open tickets to propose at most, most recently active first (default 10). */
  readonly count?: number;
}

/**
 * Creates the matcher that proposes the open tickets of the resolved client, those raised by the
 * resolved contact first: likely places to log the e-mail. It depends on the client, so it starts
 * as soon as one is decided (and again when the agent picks another).
 *
 * @usageNotes
 * `withMatchers(openTicketsMatcher({ count: 5 }))`
 */
export function openTicketsMatcher(options: OpenTicketsOptions = {}): Matcher {
  const count = options.count ?? DEFAULT_OPEN_TICKETS_COUNT;
  return {
    id: 'halo.open-tickets',
    priority: 40,
    dependsOn: ['client'],
    match: async ({ resolved, halo, signal }) => {
      const { client, contact } = resolved;
      if (client === null || typeof client.id !== 'number') return [];
      const tickets = await clientOpenTickets(halo, client.id, count, signal);
      return tickets.map((ticket): Candidate => {
        const theirs = contact !== null && ticket.userId === contact.id;
        return {
          kind: 'ticket',
          id: ticket.id,
          label: `#${ticket.id} ${ticket.summary}`,
          confidence: theirs ? 0.6 : 0.4,
          relation: 'open',
          reason: theirs
            ? `An open ticket raised by ${contact.label}.`
            : `An open ticket of ${client.label}.`,
          data: {
            status: ticket.statusName,
            lastActionDate: ticket.lastActionDate,
            userName: ticket.userName,
          },
        };
      });
    },
  };
}
