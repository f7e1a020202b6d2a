/**
 * Orders plugins for the registry: higher `priority` first (missing counts as 0); equal
 * priorities by id, alphabetically, so the order never depends on registration order.
 *
 * @usageNotes
 * `[...matchers].sort(byPriority)`
 */
export function byPriority(
  a: { readonly id: string; readonly priority?: number },
  b: { readonly id: string; readonly priority?: number },
): number {
  const difference = (b.priority ?? 0) - (a.priority ?? 0);
  if (difference !== 0) return difference;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
