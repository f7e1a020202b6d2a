import type { MailSnapshot } from '@halo-outlook/sdk';

/** How an e-mail relates to a message id: it is that message, replies to it, or follows it. */
export type MessageIdRole = 'self' | 'in-reply-to' | 'references';

/** How many References (the newest) are looked up: older ones add cost, not another thread. */
export const MAX_REFERENCES = 5;

/**
 * The RFC 5322 message ids that tie an e-mail to a thread, each with its role: its own
 * Message-ID, In-Reply-To, then References from the newest back. Each id appears once, with its
 * closest role.
 */
export function threadMessageIds(snapshot: MailSnapshot): ReadonlyMap<string, MessageIdRole> {
  const ids = new Map<string, MessageIdRole>();
  const add = (id: string | null, role: MessageIdRole) => {
    const trimmed = id?.trim();
    if (trimmed && !ids.has(trimmed)) ids.set(trimmed, role);
  };
  add(snapshot.internetMessageId, 'self');
  add(snapshot.inReplyTo, 'in-reply-to');
  const newest = [...snapshot.references].reverse().slice(0, MAX_REFERENCES);
  for (const id of newest) add(id, 'references');
  return ids;
}
