import type { HaloQuery } from '../http/halo-query.js';

/**
 * Which custom fields list rows carry: the ids in `include_custom_fields=<csv>`, or none (list rows
 * without it omit `customfields`, so a client must ask for them).
 */
export function includeCustomFieldIds(q: HaloQuery): number[] | undefined {
  const ids = q.ints('include_custom_fields');
  return ids.length > 0 ? ids : undefined;
}
