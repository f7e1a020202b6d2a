import type { HaloTicket } from '@halo-outlook/sdk';

/** A ticket change the agent made, shown before Halo confirms it (and undone if it refuses). */
export interface TicketEdit {
  /** The new agent. */
  readonly agentId?: number;
  /** The new agent's name. */
  readonly agentName?: string;
  /** The new status. */
  readonly statusId?: number;
  /** The new status's name. */
  readonly statusName?: string;
}

/** The agent's changes by ticket number. */
export type TicketEdits = Readonly<Record<number, TicketEdit>>;

/** `edits` with `edit` added to what was already changed of ticket `id`. */
export function withTicketEdit(edits: TicketEdits, id: number, edit: TicketEdit): TicketEdits {
  return { ...edits, [id]: { ...edits[id], ...edit } };
}

/** `edits` with ticket `id` back to `before` (nothing changed, when undefined). */
export function undoTicketEdit(
  edits: TicketEdits,
  id: number,
  before: TicketEdit | undefined,
): TicketEdits {
  const { [id]: _undone, ...others } = edits;
  return before === undefined ? others : { ...others, [id]: before };
}

/**
 * The changes still worth showing once Halo's `rows` are in: Halo's rows are the truth for the
 * tickets they hold, except those whose change is still being saved (`writing`).
 */
export function editsAfterRows(
  edits: TicketEdits,
  rows: readonly HaloTicket[],
  writing: readonly number[],
): TicketEdits {
  return Object.fromEntries(
    Object.entries(edits).filter(
      ([id]) => writing.includes(Number(id)) || !rows.some((r) => r.id === Number(id)),
    ),
  );
}
