import type {
  FieldInfoRecord,
  OutcomeRecord,
  PriorityRecord,
  StatusRecord,
  TeamRecord,
  TicketTypeRecord,
} from '../store/records.js';

/** A status row (`closed` is internal and left out). */
export function statusView(s: StatusRecord): Record<string, unknown> {
  return {
    id: s.id,
    guid: s.guid,
    name: s.name,
    shortname: s.shortname,
    type: s.type,
    sequence: s.sequence,
    colour: s.colour,
    slaaction: s.slaaction,
  };
}

/** A ticket-type row. */
export function ticketTypeView(t: TicketTypeRecord): Record<string, unknown> {
  return { ...t };
}

/** An outcome row. */
export function outcomeView(o: OutcomeRecord): Record<string, unknown> {
  return { ...o };
}

/** A team row. */
export function teamView(t: TeamRecord): Record<string, unknown> {
  return { ...t };
}

/** A priority row (`id` GUID, `priorityid` numeric). */
export function priorityView(p: PriorityRecord): Record<string, unknown> {
  return { ...p };
}

/** A custom-field definition row. */
export function fieldInfoView(f: FieldInfoRecord): Record<string, unknown> {
  return { ...f };
}
