/** The most tags that can be mapped to a ticket type. */
export const MAX_TAG_MAPPINGS = 50;

/**
 * Reads a stored tag → ticket type mapping tolerantly: entries whose ticket type is not a whole
 * number above 0 are dropped, and at most {@link MAX_TAG_MAPPINGS} are kept.
 */
export function readTicketTypeByTag(stored: unknown): Readonly<Record<string, number>> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const entries = Object.entries(stored).filter(
    (entry): entry is [string, number] =>
      typeof entry[1] === 'number' && Number.isInteger(entry[1]) && entry[1] > 0,
  );
  return Object.freeze(Object.fromEntries(entries.slice(0, MAX_TAG_MAPPINGS)));
}

/**
 * The mapping to save: the agent's choice for each tag Settings shows (null clears it), and the
 * saved mappings of tags it does not show, kept as they were.
 *
 * @usageNotes
 * `mergeTicketTypeByTag(settings.ticketTypeByTag(), form.controls.ticketTypeByTag.getRawValue())`
 */
export function mergeTicketTypeByTag(
  saved: Readonly<Record<string, number>>,
  edited: Readonly<Record<string, number | null>>,
): Readonly<Record<string, number>> {
  const merged: Record<string, number> = {};
  for (const [tag, type] of Object.entries(saved)) {
    if (!(tag in edited)) merged[tag] = type;
  }
  for (const [tag, type] of Object.entries(edited)) {
    if (type !== null) merged[tag] = type;
  }
  return merged;
}
