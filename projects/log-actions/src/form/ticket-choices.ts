import {
  type HaloReadFacade,
  type HaloTicket,
  isAppError,
  type MergedCandidate,
} from '@halo-outlook/sdk';
import type { RecordChoice } from './record-choice';

/**
 * The choices for records the pane proposed (their labels are ready: `#1042 Printer offline`).
 *
 * @usageNotes
 * `picture.threadTickets.flatMap(choiceOfCandidate)`
 */
export function choiceOfCandidate(candidate: MergedCandidate): RecordChoice[] {
  return typeof candidate.id === 'number' ? [{ id: candidate.id, label: candidate.label }] : [];
}

/**
 * The choice for a ticket Halo returned.
 *
 * @usageNotes
 * `page.items.map(choiceOfTicket)`
 */
export function choiceOfTicket(ticket: HaloTicket): RecordChoice {
  return { id: ticket.id, label: `#${ticket.id} ${ticket.summary}` };
}

/**
 * Tickets matching what the agent typed: a number is looked up as a ticket number, other text is
 * searched in Halo (summary, details, number), newest first. Empty for text under 2 characters.
 *
 * @usageNotes
 * `const found = await searchTickets(host.halo, '1042', signal);`
 */
export async function searchTickets(
  halo: HaloReadFacade,
  text: string,
  signal: AbortSignal,
): Promise<readonly RecordChoice[]> {
  const query = text.trim().replace(/^#/, '');
  if (/^\d{1,9}$/.test(query)) {
    try {
      return [choiceOfTicket(await halo.getTicket(Number(query), { signal }))];
    } catch (error) {
      if (isAppError(error) && error.kind === 'not-found') return [];
      throw error;
    }
  }
  if (query.length < 2) return [];
  const page = await halo.listTickets(
    { search: query, pageSize: 10, order: 'id', orderDesc: true },
    { signal },
  );
  return page.items.map(choiceOfTicket);
}

/**
 * Active clients whose name contains what the agent typed (2 characters or more).
 *
 * @usageNotes
 * `const found = await searchClients(host.halo, 'conto', signal);`
 */
export async function searchClients(
  halo: HaloReadFacade,
  text: string,
  signal: AbortSignal,
): Promise<readonly RecordChoice[]> {
  const query = text.trim();
  if (query.length < 2) return [];
  const clients = await halo.searchClients(query, { signal });
  return clients.slice(0, 20).map((c) => ({ id: c.id, label: c.name }));
}
