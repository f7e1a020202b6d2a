import type { HaloTicket, HaloWriteFacade, LogActionContext } from '@halo-outlook/sdk';
import { sameMessageId } from '@halo-outlook/sdk';
import { findLoggedActions } from '../email/find-logged-actions';
import type { CreateInput } from './create-input';
import type { StampFields } from './create-payload';

/** How far before an unanswered create a ticket may have been made (Halo's clock may differ). */
const CLOCK_SLACK_MS = 10 * 60_000;

/** What {@link findTicketOfEmail} looks for. */
export interface TicketSearch {
  /** The custom fields the create action stamps. */
  readonly fields: StampFields;
  /**
   * Set when a create was sent but its answer was lost (epoch ms): a ticket of the same contact or
   * client with the same summary made since then counts too (for a tenant without the custom
   * field, or an e-mail without a Message-ID).
   */
  readonly sentAt?: number;
}

/**
 * The ticket this e-mail is already on, if Halo has one: an action holding its Message-ID (on the
 * thread's and the contact's recent tickets), a ticket whose message-id custom field holds it, or,
 * after a create whose answer was lost, the ticket that create made.
 *
 * @usageNotes
 * `const existing = await findTicketOfEmail(context, input, { fields });`
 */
export async function findTicketOfEmail(
  context: LogActionContext,
  input: CreateInput,
  search: TicketSearch,
): Promise<number | null> {
  const { snapshot, picture, halo, signal } = context;
  const messageId = snapshot.internetMessageId;
  const { tickets: recent, fieldIds } = await recentTickets(halo, input, search, signal);
  if (messageId) {
    const candidates = [
      ...picture.threadTickets.map((t) => t.id),
      ...recent.map((t) => t.id),
      ...picture.openTickets.map((t) => t.id),
    ];
    const actions = await findLoggedActions(halo, messageId, candidates, signal);
    const onTicket = actions.find((a) => a.ticketId !== null);
    if (onTicket?.ticketId) return onTicket.ticketId;
    const stamped = recent.find((t) =>
      t.customFields.some(
        (f) =>
          ((f.id !== null && fieldIds.includes(f.id)) ||
            f.name?.toLowerCase() === search.fields.messageId?.toLowerCase()) &&
          typeof f.value === 'string' &&
          sameMessageId(f.value, messageId),
      ),
    );
    if (stamped) return stamped.id;
  }
  if (search.sentAt !== undefined) {
    const since = search.sentAt - CLOCK_SLACK_MS;
    const summary = input.summary.trim();
    const made = recent.find(
      (t) =>
        t.summary === summary && t.dateOccurred !== null && Date.parse(t.dateOccurred) >= since,
    );
    if (made) return made.id;
  }
  return null;
}

/** The contact's (else the client's) newest tickets, with the message-id custom field. */
async function recentTickets(
  halo: HaloWriteFacade,
  input: CreateInput,
  search: TicketSearch,
  signal: AbortSignal,
): Promise<{ tickets: readonly HaloTicket[]; fieldIds: readonly number[] }> {
  const owner =
    input.userId !== null
      ? { userId: input.userId }
      : input.clientId !== null
        ? { clientId: input.clientId }
        : null;
  if (!owner) return { tickets: [], fieldIds: [] };
  let customFieldIds: number[] = [];
  if (search.fields.messageId) {
    const name = search.fields.messageId.toLowerCase();
    const fields = await halo.fieldInfo(1, { signal });
    customFieldIds = fields.filter((f) => f.name.toLowerCase() === name).map((f) => f.id);
  }
  const page = await halo.listTickets(
    { ...owner, order: 'id', orderDesc: true, pageSize: 20, customFieldIds },
    { signal },
  );
  return { tickets: page.items, fieldIds: customFieldIds };
}
