import type { HaloAction, LogActionContext } from '@halo-outlook/sdk';
import { findLoggedActions } from '../email/find-logged-actions';
import { ACTION_ID, ACTION_SENT } from '../write/record-action-once';

/** What {@link findEarlierAppend} looked for, and what it found. */
export interface EarlierAppend {
  /** The e-mail's Message-ID it looked for. */
  readonly messageId: string;
  /** The ticket it looked on. */
  readonly ticketId: number;
  /** The action holding the e-mail on that ticket; null when Halo has none. */
  readonly action: HaloAction | null;
}

/**
 * Asks Halo whether the e-mail is already on the ticket (by its Message-ID), added before this
 * request: an e-mail is never appended twice. Null, without asking Halo, when the e-mail has no
 * Message-ID, or when this request has started writing its action (then the journal, not Halo,
 * says where it stands: see `recordActionOnce`).
 *
 * @usageNotes
 * `const earlier = await findEarlierAppend(context, snapshot.internetMessageId, 1042); if (earlier?.action) …`
 */
export async function findEarlierAppend(
  { halo, journal, signal }: Pick<LogActionContext, 'halo' | 'journal' | 'signal'>,
  messageId: string | null,
  ticketId: number,
): Promise<EarlierAppend | null> {
  if (!messageId || journal.get(ACTION_ID) !== undefined || journal.get<boolean>(ACTION_SENT)) {
    return null;
  }
  const found = await findLoggedActions(halo, messageId, [ticketId], signal);
  return { messageId, ticketId, action: found.find((a) => a.ticketId === ticketId) ?? null };
}
