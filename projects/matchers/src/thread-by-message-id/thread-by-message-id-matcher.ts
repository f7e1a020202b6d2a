import { type Candidate, type Matcher, sameMessageId } from '@halo-outlook/sdk';
import { findTicket } from './find-ticket';
import { type MessageIdRole, threadMessageIds } from './thread-message-ids';

const CONFIDENCE: Record<MessageIdRole, number> = {
  self: 0.99,
  'in-reply-to': 0.95,
  references: 0.9,
};

const REASON: Record<MessageIdRole, (id: number) => string> = {
  self: (id) => `This e-mail is already logged on ticket #${id}.`,
  'in-reply-to': (id) => `This e-mail replies to a message logged on ticket #${id}.`,
  references: (id) => `This e-mail belongs to a conversation logged on ticket #${id}.`,
};

/**
 * Creates the matcher that finds the e-mail's thread in Halo by RFC message ids: the actions
 * holding this e-mail (it is already logged), the one it replies to (In-Reply-To), or an earlier
 * message of its conversation (the newest References). The ids are looked up at once; each ticket
 * found is proposed as a thread ticket with its summary, and `data.alreadyLogged` is true when
 * this very e-mail is on it.
 *
 * @usageNotes
 * `withMatchers(threadByMessageIdMatcher())`
 */
export function threadByMessageIdMatcher(): Matcher {
  return {
    id: 'halo.thread-by-message-id',
    priority: 85,
    appliesTo: (snapshot) => threadMessageIds(snapshot).size > 0,
    match: async ({ snapshot, halo, signal }) => {
      const found = await Promise.all(
        [...threadMessageIds(snapshot)].map(async ([id, role]) => {
          const actions = await halo.actionsByMessageId(id, undefined, { signal });
          return actions
            .filter((a) => sameMessageId(a.internetMessageId, id))
            .map((a) => ({ ticketId: a.ticketId, role }));
        }),
      );
      const best = new Map<number, MessageIdRole>();
      for (const { ticketId, role } of found.flat()) {
        if (ticketId === null) continue;
        const known = best.get(ticketId);
        if (known === undefined || CONFIDENCE[role] > CONFIDENCE[known]) best.set(ticketId, role);
      }
      const tickets = await Promise.all([...best.keys()].map((id) => findTicket(halo, id, signal)));
      return tickets.flatMap((ticket): Candidate[] => {
        const role = ticket ? best.get(ticket.id) : undefined;
        if (!ticket || role === undefined) return [];
        return [
          {
            kind: 'ticket',
            id: ticket.id,
            label: `#${ticket.id} ${ticket.summary}`,
            confidence: CONFIDENCE[role],
            relation: 'thread',
            reason: REASON[role](ticket.id),
            data: { alreadyLogged: role === 'self', status: ticket.statusName },
          },
        ];
      });
    },
  };
}
