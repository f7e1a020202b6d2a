import type { HaloTicket, MergedCandidate } from '@halo-outlook/sdk';
import type { TicketEdit } from './ticket-edits';

/** A ticket as the pane lists it: from Halo's row when the pane has it, else from a matcher. */
export interface PaneTicket {
  /** The ticket number. */
  readonly id: number;
  /** The summary. */
  readonly summary: string;
  /** The status id, when known (a matcher's proposal may carry only the name). */
  readonly statusId: number | null;
  /** The status name, when known. */
  readonly statusName: string | null;
  /** The assigned agent's id, when known. */
  readonly agentId: number | null;
  /** The assigned agent's name, when known. */
  readonly agentName: string | null;
  /** Who raised it, when known. */
  readonly userName: string | null;
  /** True when the email's sender (the decided contact) raised it. */
  readonly raisedBySender: boolean;
  /** The last activity (ISO 8601), when known. */
  readonly lastActionDate: string | null;
  /** True for a ticket of this email's thread. */
  readonly thread: boolean;
  /** Why the matchers propose it (empty for a plain open ticket). */
  readonly reasons: readonly string[];
}

/** A ticket from Halo's row. */
export function ticketFromRow(
  row: HaloTicket,
  contactId: number | null,
  thread = false,
): PaneTicket {
  return {
    id: row.id,
    summary: row.summary,
    statusId: row.statusId,
    statusName: row.statusName,
    agentId: row.agentId,
    agentName: row.agentName,
    userName: row.userName,
    raisedBySender: contactId !== null && row.userId === contactId,
    lastActionDate: row.lastActionDate,
    thread,
    reasons: [],
  };
}

/**
 * A ticket from a matcher's proposal (`#1001 Printer offline`, with the status, last activity and
 * raiser the built-in matchers put in `data`); `null` when its id is not a ticket number.
 *
 * @param contactName the decided contact's name, to tell the tickets they raised.
 */
export function ticketFromCandidate(
  candidate: MergedCandidate,
  contactName: string | null,
): PaneTicket | null {
  if (typeof candidate.id !== 'number') return null;
  const data = candidate.data ?? {};
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : null);
  return {
    id: candidate.id,
    summary: candidate.label.replace(new RegExp(`^#${candidate.id}\\s+`), ''),
    statusId: typeof data['statusId'] === 'number' ? data['statusId'] : null,
    statusName: text('status'),
    agentId: typeof data['agentId'] === 'number' ? data['agentId'] : null,
    agentName: text('agentName'),
    userName: text('userName'),
    raisedBySender: contactName !== null && text('userName') === contactName,
    lastActionDate: text('lastActionDate'),
    thread: candidate.relation === 'thread',
    reasons: candidate.reasons,
  };
}

/** `ticket` with the agent's pending or confirmed `edit` applied. */
export function withEdit(ticket: PaneTicket, edit: TicketEdit | undefined): PaneTicket {
  return edit === undefined ? ticket : { ...ticket, ...edit };
}

/** Newest activity first; tickets without a date last, by number (newest first). */
export function byNewestActivity(a: PaneTicket, b: PaneTicket): number {
  const at = a.lastActionDate ?? '';
  const bt = b.lastActionDate ?? '';
  if (at !== bt) return at < bt ? 1 : -1;
  return b.id - a.id;
}
