import { GraphError } from './graph-error.js';
import { type FilterClause, parseMessageFilter } from './message-filter.js';
import { MESSAGE_PROPERTIES } from './message-view.js';

/** Graph's default page size for messages, and its maximum `$top`. */
export const DEFAULT_PAGE_SIZE = 10;
const MAX_TOP = 1000;

/** The properties `$orderby` accepts here. */
export const SORTABLE = ['receivedDateTime', 'sentDateTime', 'createdDateTime', 'subject'] as const;

/** One `$orderby` key. */
export interface OrderKey {
  readonly property: (typeof SORTABLE)[number];
  readonly descending: boolean;
}

/** A message list or item query, parsed. */
export interface MessageQuery {
  /** `$select`, or null for Graph's default properties. */
  readonly select: readonly string[] | null;
  readonly filter: readonly FilterClause[];
  readonly orderBy: readonly OrderKey[];
  readonly top: number;
  readonly skip: number;
}

const SUPPORTED_OPTIONS = ['$select', '$filter', '$orderby', '$top', '$skip'];

function integer(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new GraphError(
      400,
      'BadRequest',
      `Invalid value '${value}' for ${name}: use a whole number from ${min} to ${max}.`,
    );
  }
  return n;
}

function parseSelect(value: string): string[] {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!MESSAGE_PROPERTIES.includes(name)) {
      throw new GraphError(
        400,
        'RequestBroker--ParseUri',
        `Could not find a property named '${name}' on type 'microsoft.graph.message'.`,
      );
    }
  }
  return names;
}

function parseOrderBy(value: string): OrderKey[] {
  return value.split(',').map((part) => {
    const [property = '', direction = 'asc', ...rest] = part.trim().split(/\s+/);
    if (
      !(SORTABLE as readonly string[]).includes(property) ||
      rest.length ||
      !/^(asc|desc)$/i.test(direction)
    ) {
      throw new GraphError(
        400,
        'BadRequest',
        `Invalid $orderby "${part.trim()}": the simulator's Graph sorts by ${SORTABLE.join(', ')}, asc or desc.`,
      );
    }
    return { property: property as OrderKey['property'], descending: /^desc$/i.test(direction) };
  });
}

/**
 * Graph's rule for `$filter` with `$orderby` on messages: the `$orderby` properties must also be
 * in the `$filter`, in the same order, before any other filter property. Otherwise Graph answers
 * 400 `InefficientFilter` ("The restriction or sort order is too complex for this operation."),
 * so `$filter=conversationId eq '…'&$orderby=receivedDateTime` fails: sort on the client, or write
 * `$filter=receivedDateTime ge 1900-01-01T00:00:00Z and conversationId eq '…'`.
 */
export function checkFilterWithOrderBy(
  filter: readonly FilterClause[],
  orderBy: readonly OrderKey[],
): void {
  if (!filter.length || !orderBy.length) return;
  const leading = filter.map((c) => c.property).slice(0, orderBy.length);
  if (orderBy.some((key, i) => leading[i] !== key.property)) {
    throw new GraphError(
      400,
      'InefficientFilter',
      'The restriction or sort order is too complex for this operation.',
    );
  }
}

/**
 * Parses the OData options of a message request (`$select`, `$filter`, `$orderby`, `$top`,
 * `$skip`). Another `$` option is refused with a 400 that names the supported ones.
 */
export function parseMessageQuery(query: Record<string, string>, list: boolean): MessageQuery {
  for (const name of Object.keys(query)) {
    if (name.startsWith('$') && !(list ? SUPPORTED_OPTIONS : ['$select']).includes(name)) {
      throw new GraphError(
        400,
        'BadRequest',
        `Query option '${name}' is not supported by the simulator's Graph here (supported: ${(list ? SUPPORTED_OPTIONS : ['$select']).join(', ')}).`,
      );
    }
  }
  const filter = query['$filter'] ? parseMessageFilter(query['$filter']) : [];
  const orderBy = query['$orderby'] ? parseOrderBy(query['$orderby']) : [];
  checkFilterWithOrderBy(filter, orderBy);
  return {
    select: query['$select'] ? parseSelect(query['$select']) : null,
    filter,
    orderBy,
    top: query['$top'] ? integer('$top', query['$top'], 1, MAX_TOP) : DEFAULT_PAGE_SIZE,
    skip: query['$skip'] ? integer('$skip', query['$skip'], 0, Number.MAX_SAFE_INTEGER) : 0,
  };
}
