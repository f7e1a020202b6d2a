import type { HaloChoice } from './halo-choices-store';

/**
 * The choices Halo offers, plus each saved id Halo no longer lists (named by `label`), so a saved
 * preference stays visible and selected instead of silently turning into "none".
 *
 * @usageNotes
 * `withSavedChoices(halo.ticketTypes(), [settings.defaultTicketTypeId()], missingTicketType)`
 */
export function withSavedChoices(
  items: readonly HaloChoice[],
  saved: readonly (number | null)[],
  label: (id: number) => string,
): readonly HaloChoice[] {
  const missing = [...new Set(saved)].filter(
    (id): id is number => id !== null && !items.some((item) => item.id === id),
  );
  return missing.length === 0
    ? items
    : [...items, ...missing.map((id) => ({ id, name: label(id) }))];
}

/** The name of a saved ticket type Halo no longer offers. */
export function missingTicketType(id: number): string {
  return $localize`:@@settings.ticketType.missing:Ticket type ${id}:id: (not offered by Halo)`;
}

/** The name of a saved outcome Halo no longer offers. */
export function missingOutcome(id: number): string {
  return $localize`:@@settings.outcome.missing:Outcome ${id}:id: (not offered by Halo)`;
}
