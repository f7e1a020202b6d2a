import { HaloDouble } from './halo-json.js';
import type { HaloQuery } from './halo-query.js';

/** The paging part of a list envelope. */
export interface ListMeta {
  record_count: number;
  page_no?: number;
  page_size?: number;
}

/** How a list endpoint pages. */
export interface PageSettings {
  /** Rows returned without `count` or `pageinate` (null = all). */
  unpagedLimit: number | null;
  /** Largest `page_size` (Halo: 100 on /Tickets). */
  maxPageSize?: number;
}

function sortable(value: unknown): string | number {
  if (value instanceof HaloDouble) return value.value;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return value.toLowerCase();
  return '';
}

/**
 * Applies Halo's `order`/`orderdesc`, then `pageinate=true` + `page_size` + `page_no` (1-based),
 * or `count`, or the unpaged default. `record_count` is the total before paging.
 */
export function pageRows<T extends object>(
  all: T[],
  query: HaloQuery,
  settings: PageSettings,
): { rows: T[]; meta: ListMeta } {
  let rows = [...all];
  const order = query.get('order');
  const desc = query.bool('orderdesc');
  if (order) {
    const key = order.toLowerCase();
    const field = (row: T): unknown =>
      Object.entries(row).find(([name]) => name.toLowerCase() === key)?.[1];
    rows.sort((a, b) => {
      const x = sortable(field(a));
      const y = sortable(field(b));
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  if (desc) rows.reverse();
  const total = rows.length;
  if (query.bool('pageinate')) {
    const requested = query.int('page_size') ?? 50;
    const pageSize = Math.max(
      1,
      Math.min(requested, settings.maxPageSize ?? Number.MAX_SAFE_INTEGER),
    );
    const pageNo = Math.max(1, query.int('page_no') ?? 1);
    rows = rows.slice((pageNo - 1) * pageSize, pageNo * pageSize);
    return { rows, meta: { record_count: total, page_no: pageNo, page_size: pageSize } };
  }
  const count = query.int('count');
  if (count !== undefined && count > 0) rows = rows.slice(0, count);
  else if (settings.unpagedLimit !== null) rows = rows.slice(0, settings.unpagedLimit);
  return { rows, meta: { record_count: total } };
}
