import type { HaloAction, HaloWriteFacade, MailSnapshot } from '@halo-outlook/sdk';
import { findLoggedActions } from '../email/find-logged-actions';

/**
 * The action on `ticketId` that records this e-mail, if Halo has one: by its Message-ID, or, for
 * an e-mail without one (a fresh item in Sent Items), by the same subject and sender among the
 * ticket's recent actions.
 *
 * @usageNotes
 * `const found = await findRecordedAction(halo, 1042, snapshot, signal);`
 */
export async function findRecordedAction(
  halo: Pick<HaloWriteFacade, 'actionsByMessageId' | 'actionsByTicket'>,
  ticketId: number,
  snapshot: MailSnapshot,
  signal: AbortSignal,
): Promise<HaloAction | null> {
  if (snapshot.internetMessageId) {
    const found = await findLoggedActions(halo, snapshot.internetMessageId, [ticketId], signal);
    return found.find((a) => a.ticketId === ticketId) ?? null;
  }
  const page = await halo.actionsByTicket(ticketId, { count: 50 }, { signal });
  const from = snapshot.from.address.toLowerCase();
  return (
    page.items.find(
      (a) => a.emailSubject === snapshot.subject && a.emailFrom?.toLowerCase() === from,
    ) ?? null
  );
}
