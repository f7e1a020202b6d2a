import type { HaloQuery } from '../http/halo-query.js';
import type { HaloVariants } from '../simulator/simulator-options.js';
import type { HaloData } from '../store/halo-data.js';
import type { TicketRecord } from '../store/records.js';

type Filter = (t: TicketRecord) => boolean;

function idFilter(
  q: HaloQuery,
  single: string,
  list: string,
  pick: (t: TicketRecord) => number,
): Filter[] {
  const filters: Filter[] = [];
  const one = q.int(single);
  if (one !== undefined) filters.push((t) => pick(t) === one);
  const many = q.ints(list);
  if (many.length > 0) filters.push((t) => many.includes(pick(t)));
  return filters;
}

function customFieldFilters(
  q: HaloQuery,
  data: HaloData,
  prefix: HaloVariants['customFieldFilter'],
): Filter[] {
  if (prefix === 'none') return [];
  return q
    .entries()
    .filter(([name]) => name.startsWith(prefix))
    .map(([name, value]) => {
      const field = data.fieldInfo.find((f) => f.name.toLowerCase() === name.slice(prefix.length));
      return (t: TicketRecord) =>
        field !== undefined &&
        String(t.customfields.find((v) => v.id === field.id)?.value ?? '') === value;
    });
}

/**
 * The `/api/Tickets` filters the simulator understands: `client_id`/`client_ids`, `site_id`,
 * `user_id`, `agent_id`/`agent`, `status_id`/`status`, `requesttype_id`/`requesttype`, `team`,
 * `open_only`, `closed_only`, `search` (summary, details, id; with `searchactions` also action
 * text and subjects), `search_summary`, `ticketids`. Anything else is ignored, as in Halo.
 */
export function filterTickets(
  data: HaloData,
  q: HaloQuery,
  variants: HaloVariants,
): TicketRecord[] {
  const closed = new Set(data.statuses.filter((s) => s.closed).map((s) => s.id));
  const filters: Filter[] = [
    ...idFilter(q, 'client_id', 'client_ids', (t) => t.client_id),
    ...idFilter(q, 'site_id', 'site_ids', (t) => t.site_id),
    ...idFilter(q, 'user_id', 'user_ids', (t) => t.user_id),
    ...idFilter(q, 'agent_id', 'agent', (t) => t.agent_id),
    ...idFilter(q, 'status_id', 'status', (t) => t.status_id),
    ...idFilter(q, 'requesttype_id', 'requesttype', (t) => t.tickettype_id),
    ...customFieldFilters(q, data, variants.customFieldFilter),
  ];
  const ticketIds = q.ints('ticketids');
  if (ticketIds.length > 0) filters.push((t) => ticketIds.includes(t.id));
  const team = q.get('team')?.toLowerCase();
  if (team) filters.push((t) => team.split(',').includes(t.team.toLowerCase()));
  if (q.bool('open_only')) filters.push((t) => !closed.has(t.status_id));
  if (q.bool('closed_only')) filters.push((t) => closed.has(t.status_id));
  const search = q.get('search')?.toLowerCase();
  if (search) {
    const inActions = q.bool('searchactions')
      ? new Set(
          data.actions
            .filter(
              (a) =>
                a.note.toLowerCase().includes(search) ||
                a.emailsubject.toLowerCase().includes(search),
            )
            .map((a) => a.ticket_id),
        )
      : new Set<number>();
    filters.push(
      (t) =>
        t.summary.toLowerCase().includes(search) ||
        t.details.toLowerCase().includes(search) ||
        String(t.id) === search ||
        inActions.has(t.id),
    );
  }
  const summary = q.get('search_summary')?.toLowerCase();
  if (summary) filters.push((t) => t.summary.toLowerCase().includes(summary));
  return data.tickets.filter((t) => filters.every((f) => f(t)));
}
