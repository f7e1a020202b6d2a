/** The subject tag Halo writes on outgoing email by default: `[ID: 1042]`. */
export const DEFAULT_TICKET_TAG_PREFIXES: readonly string[] = ['ID'];

/**
 * Finds the ticket numbers tagged in a subject, such as `RE: [ID: 1042] Printer offline`.
 * Prefixes are configurable because a Halo tenant can change its tag (for example `[TKT 1042]`);
 * matching ignores case and tolerates missing or extra spaces and a `#`.
 *
 * @returns the ticket ids in order of appearance, without duplicates.
 */
export function findTicketTags(
  subject: string,
  prefixes: readonly string[] = DEFAULT_TICKET_TAG_PREFIXES,
): number[] {
  if (prefixes.length === 0) return [];
  const alternatives = prefixes.map(escapeRegExp).join('|');
  const pattern = new RegExp(`\\[\\s*(?:${alternatives})\\s*[:#]?\\s*#?(\\d{1,9})\\s*\\]`, 'gi');
  const ids: number[] = [];
  for (const match of subject.matchAll(pattern)) {
    const id = Number(match[1]);
    if (id > 0 && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
