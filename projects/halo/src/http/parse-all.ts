import type { ListPage } from '../parsing/read-list';
import { readList } from '../parsing/read-list';

/**
 * Reads a list answer (envelope or bare array) with `parse`, dropping rows it cannot read.
 *
 * @param key the envelope key (`users`, `tickets`, …).
 */
export function parseListPage<T>(
  body: unknown,
  key: string,
  parse: (raw: unknown) => T | null,
): ListPage<T> {
  const page = readList(body, key);
  const items = page.items.flatMap((raw) => {
    const item = parse(raw);
    return item === null ? [] : [item];
  });
  return { items, total: Math.max(page.total, items.length) };
}
