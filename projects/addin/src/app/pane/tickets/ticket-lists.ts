import type { HaloTicket, ResolutionPicture } from '@halo-outlook/sdk';
import {
  type PaneTicket,
  byNewestActivity,
  ticketFromCandidate,
  ticketFromRow,
  withEdit,
} from './pane-ticket';
import type { TicketEdits } from './ticket-edits';

/**
 * The thread's tickets as the matchers found them (with why), each from Halo's row when the pane
 * has it, with the agent's changes.
 *
 * @param rows Halo's rows for the current list, or null before Halo answered.
 */
export function threadTicketsOf(
  picture: ResolutionPicture,
  rows: readonly HaloTicket[] | null,
  edits: TicketEdits,
): PaneTicket[] {
  const contactName = picture.contact?.label ?? null;
  return picture.threadTickets.flatMap((candidate) => {
    const fromMatcher = ticketFromCandidate(candidate, contactName);
    if (fromMatcher === null) return [];
    const row = rows?.find((r) => r.id === fromMatcher.id);
    const ticket = row
      ? { ...ticketFromRow(row, contactIdOf(picture), true), reasons: fromMatcher.reasons }
      : fromMatcher;
    return [withEdit(ticket, edits[ticket.id])];
  });
}

/**
 * The client's open tickets that are not in the thread, newest activity first, with the agent's
 * changes: Halo's rows once they are in, until then the matchers' proposals (all tickets only).
 *
 * @param rows Halo's rows for the current list, or null before Halo answered.
 */
export function openTicketsOf(
  picture: ResolutionPicture,
  rows: readonly HaloTicket[] | null,
  proposalsToo: boolean,
  thread: readonly PaneTicket[],
  edits: TicketEdits,
): PaneTicket[] {
  const threadIds = new Set(thread.map((t) => t.id));
  const contactName = picture.contact?.label ?? null;
  const listed =
    rows !== null
      ? rows.map((row) => ticketFromRow(row, contactIdOf(picture)))
      : proposalsToo
        ? picture.openTickets.flatMap((c) => ticketFromCandidate(c, contactName) ?? [])
        : [];
  return listed
    .filter((t) => !threadIds.has(t.id))
    .map((t) => withEdit(t, edits[t.id]))
    .sort(byNewestActivity);
}

function contactIdOf(picture: ResolutionPicture): number | null {
  const id = picture.contact?.id;
  return typeof id === 'number' ? id : null;
}
