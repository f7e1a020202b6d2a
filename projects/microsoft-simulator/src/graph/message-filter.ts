import { GraphError } from './graph-error.js';

/** A value in a `$filter` comparison. */
export type FilterValue = string | boolean | Date;

/** One comparison of a `$filter` (`conversationId eq 'AAQk…'`). */
export interface FilterClause {
  /** The property path as written, e.g. `conversationId`, `from/emailAddress/address`. */
  readonly property: string;
  readonly operator: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
  readonly value: FilterValue;
}

/** The message properties `$filter` accepts here, and their value types. */
export const FILTERABLE: Readonly<Record<string, 'string' | 'id' | 'boolean' | 'date'>> = {
  conversationId: 'id',
  internetMessageId: 'id',
  subject: 'string',
  'from/emailAddress/address': 'string',
  isRead: 'boolean',
  hasAttachments: 'boolean',
  receivedDateTime: 'date',
  sentDateTime: 'date',
};

const OPERATORS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

function unsupported(filter: string, why: string): GraphError {
  return new GraphError(
    400,
    'BadRequest',
    `Invalid filter clause: ${why} (in "${filter}"). The simulator's Graph supports comparisons (eq, ne, gt, ge, lt, le) of ${Object.keys(FILTERABLE).join(', ')} joined by "and".`,
  );
}

/** Splits a filter into words and single-quoted strings (`''` is an escaped quote). */
function tokens(filter: string): string[] {
  const result: string[] = [];
  let i = 0;
  while (i < filter.length) {
    const c = filter[i] ?? '';
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= filter.length) throw unsupported(filter, 'an unterminated string');
        if (filter[j] === "'" && filter[j + 1] === "'") {
          text += "'";
          j += 2;
        } else if (filter[j] === "'") {
          break;
        } else {
          text += filter[j];
          j++;
        }
      }
      result.push(`'${text}`);
      i = j + 1;
    } else {
      let j = i;
      while (j < filter.length && !/[\s']/.test(filter[j] ?? '')) j++;
      result.push(filter.slice(i, j));
      i = j;
    }
  }
  return result;
}

function literal(filter: string, property: string, raw: string): FilterValue {
  const type = FILTERABLE[property];
  if (type === 'boolean') {
    if (raw === 'true' || raw === 'false') return raw === 'true';
    throw unsupported(filter, `${property} takes true or false`);
  }
  if (type === 'date') {
    if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/.test(raw)) return new Date(raw);
    throw unsupported(filter, `${property} takes a UTC date-time like 2026-11-01T00:00:00Z`);
  }
  if (raw.startsWith("'")) return raw.slice(1);
  throw unsupported(filter, `${property} takes a string in single quotes`);
}

/**
 * Parses a Graph `$filter` over messages: comparisons joined by `and`. Throws a 400
 * {@link GraphError} naming what is not supported (functions, `or`, parentheses, other properties).
 */
export function parseMessageFilter(filter: string): FilterClause[] {
  const words = tokens(filter);
  const clauses: FilterClause[] = [];
  for (let i = 0; i < words.length; i += 4) {
    const [property = '', operator = '', value = '', joiner] = words.slice(i, i + 4);
    if (!(property in FILTERABLE)) {
      if (/[()]/.test(property))
        throw unsupported(filter, `"${property}" (functions and parentheses)`);
      throw new GraphError(
        400,
        'RequestBroker--ParseUri',
        `Could not find a property named '${property}' on type 'microsoft.graph.message'.`,
      );
    }
    if (!OPERATORS.has(operator)) throw unsupported(filter, `"${operator}" is not an operator`);
    if (!value) throw unsupported(filter, `${property} ${operator} has no value`);
    clauses.push({
      property,
      operator: operator as FilterClause['operator'],
      value: literal(filter, property, value),
    });
    if (joiner !== undefined && joiner.toLowerCase() !== 'and') {
      throw unsupported(filter, `"${joiner}" (only "and" joins clauses)`);
    }
    if (joiner !== undefined && i + 4 >= words.length)
      throw unsupported(filter, 'a trailing "and"');
  }
  if (!clauses.length) throw unsupported(filter, 'an empty filter');
  return clauses;
}

function compare(actual: FilterValue, expected: FilterValue, caseInsensitive: boolean): number {
  if (actual instanceof Date && expected instanceof Date)
    return actual.getTime() - expected.getTime();
  if (typeof actual === 'boolean') return Number(actual) - Number(expected);
  const a = caseInsensitive ? String(actual).toLowerCase() : String(actual);
  const b = caseInsensitive ? String(expected).toLowerCase() : String(expected);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a message's values (by property path) satisfy every clause. */
export function matchesFilter(
  clauses: readonly FilterClause[],
  valueOf: (property: string) => FilterValue,
): boolean {
  return clauses.every((clause) => {
    const d = compare(
      valueOf(clause.property),
      clause.value,
      FILTERABLE[clause.property] === 'string',
    );
    switch (clause.operator) {
      case 'eq':
        return d === 0;
      case 'ne':
        return d !== 0;
      case 'gt':
        return d > 0;
      case 'ge':
        return d >= 0;
      case 'lt':
        return d < 0;
      case 'le':
        return d <= 0;
    }
  });
}
