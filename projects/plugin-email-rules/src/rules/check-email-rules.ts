import { AddressCondition, EmailRule, FieldMapping } from './email-rule';

/** What can be wrong with configured rules (the app words each for the one who typed them). */
export type EmailRuleProblemKind =
  /** The value is not a list of rules. */
  | 'not-a-list'
  /** An entry of the list is not an object. */
  | 'not-a-rule'
  /** A property rules do not have: a misspelt condition would let the rule catch every email. */
  | 'unknown-property'
  /** A required property is absent or empty (`name`). */
  | 'missing'
  /** Should be text. */
  | 'not-text'
  /** Should be `true` or `false`. */
  | 'not-true-false'
  /** Should be a number. */
  | 'not-a-number'
  /** Should be a whole number above 0 (or, for `id`, text). */
  | 'not-an-id'
  /** The same `id` as an earlier rule. */
  | 'duplicate-id'
  /** `type` should be `ticket` or `ignore`. */
  | 'not-a-type'
  /** `from`/`to` should be text, or `{ "value": …, "match": "exact" | "contains" }`. */
  | 'not-an-address'
  /** A field mapping should be `{ "field", "startTag", "endTag" }`; the asset tag `{ "startTag", "endTag" }`. */
  | 'not-a-mapping';

/** One problem of configured rules. */
export interface EmailRuleProblem {
  /** The rule's position in the list, from 1; 0 for the list itself. */
  readonly rule: number;
  /** The property at fault (`name`, `fieldMappings`…), or `''` for the whole rule or list. */
  readonly property: string;
  /** What is wrong. */
  readonly kind: EmailRuleProblemKind;
}

/** The rules that can be used, and what is wrong with the others. */
export interface EmailRulesCheck {
  /** The rules without problems, with their defaults filled in. */
  readonly rules: readonly EmailRule[];
  /** Every problem found, in the order of the list. */
  readonly problems: readonly EmailRuleProblem[];
}

const PROPERTIES = new Set([
  'id',
  'name',
  'type',
  'enabled',
  'sequence',
  'mailbox',
  'from',
  'to',
  'subjectContains',
  'bodyContains',
  'ticketTypeId',
  'fieldMappings',
  'assetTag',
]);

type Raw = Record<string, unknown>;

/**
 * Checks rules an administrator typed or pasted (JSON, parsed) and fills in their defaults: `id`
 * (the position), `type` (`ticket`), `enabled` (true), `sequence` (the position), `fieldMappings`
 * (none), an `endTag` (end of the line). `from` and `to` may be plain text: an address with a local
 * part and a domain is compared exactly, anything else (`@acme.example`) as "contains". Only `name`
 * is required. A rule with any problem is left out of `rules` and each problem is listed.
 *
 * @usageNotes
 * ```ts
 * const { rules, problems } = checkEmailRules(JSON.parse(text));
 * if (problems.length) showProblems(problems); else save(rules);
 * ```
 */
export function checkEmailRules(value: unknown): EmailRulesCheck {
  if (!Array.isArray(value)) {
    return { rules: [], problems: [{ rule: 0, property: '', kind: 'not-a-list' }] };
  }
  const rules: EmailRule[] = [];
  const problems: EmailRuleProblem[] = [];
  const ids = new Set<number | string>();
  value.forEach((entry: unknown, index) => {
    const position = index + 1;
    const found: EmailRuleProblem[] = [];
    const problem = (property: string, kind: EmailRuleProblemKind) => {
      if (!found.some((p) => p.property === property && p.kind === kind)) {
        found.push({ rule: position, property, kind });
      }
    };
    if (!isObject(entry)) {
      problems.push({ rule: position, property: '', kind: 'not-a-rule' });
      return;
    }
    for (const key of Object.keys(entry)) {
      if (!PROPERTIES.has(key)) problem(key, 'unknown-property');
    }
    const rule = readRule(entry, position, problem);
    if (rule && ids.has(rule.id)) problem('id', 'duplicate-id');
    if (rule && found.length === 0) {
      ids.add(rule.id);
      rules.push(rule);
    }
    problems.push(...found);
  });
  return { rules, problems };
}

function readRule(
  raw: Raw,
  position: number,
  problem: (property: string, kind: EmailRuleProblemKind) => void,
): EmailRule | null {
  const text = (key: string): string | undefined => {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') return void problem(key, 'not-text');
    return value.trim() || undefined;
  };
  const id = raw['id'] ?? position;
  const validId =
    (typeof id === 'number' && Number.isInteger(id) && id > 0) ||
    (typeof id === 'string' && id.trim() !== '');
  if (!validId) problem('id', 'not-an-id');
  const name = text('name');
  const rawName = raw['name'];
  if (
    name === undefined &&
    (rawName === undefined || rawName === null || typeof rawName === 'string')
  ) {
    problem('name', 'missing');
  }
  const type = raw['type'] ?? 'ticket';
  if (type !== 'ticket' && type !== 'ignore') problem('type', 'not-a-type');
  const enabled = raw['enabled'] ?? true;
  if (typeof enabled !== 'boolean') problem('enabled', 'not-true-false');
  const sequence = raw['sequence'] ?? position;
  if (typeof sequence !== 'number' || !Number.isFinite(sequence)) {
    problem('sequence', 'not-a-number');
  }
  const ticketTypeId = raw['ticketTypeId'];
  if (
    ticketTypeId !== undefined &&
    ticketTypeId !== null &&
    !(typeof ticketTypeId === 'number' && Number.isInteger(ticketTypeId) && ticketTypeId > 0)
  ) {
    problem('ticketTypeId', 'not-an-id');
  }
  const mailbox = text('mailbox');
  const subjectContains = text('subjectContains');
  const bodyContains = text('bodyContains');
  const from = address(raw['from'], () => problem('from', 'not-an-address'));
  const to = address(raw['to'], () => problem('to', 'not-an-address'));
  const fieldMappings = mappings(raw['fieldMappings'], () =>
    problem('fieldMappings', 'not-a-mapping'),
  );
  const assetTag = tags(raw['assetTag'], () => problem('assetTag', 'not-a-mapping'));
  if (!validId || name === undefined) return null;
  return {
    id: typeof id === 'string' ? id.trim() : (id as number),
    name,
    type: type === 'ignore' ? 'ignore' : 'ticket',
    enabled: enabled !== false,
    sequence: typeof sequence === 'number' ? sequence : position,
    ...(mailbox ? { mailbox } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(subjectContains ? { subjectContains } : {}),
    ...(bodyContains ? { bodyContains } : {}),
    ...(typeof ticketTypeId === 'number' ? { ticketTypeId } : {}),
    fieldMappings,
    ...(assetTag ? { assetTag } : {}),
  };
}

function address(value: unknown, invalid: () => void): AddressCondition | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text) return undefined;
    return { value: text, match: /^[^@\s]+@[^@\s]+$/.test(text) ? 'exact' : 'contains' };
  }
  if (
    isObject(value) &&
    typeof value['value'] === 'string' &&
    value['value'].trim() &&
    (value['match'] === 'exact' || value['match'] === 'contains')
  ) {
    return { value: value['value'].trim(), match: value['match'] };
  }
  invalid();
  return undefined;
}

function mappings(value: unknown, invalid: () => void): FieldMapping[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    invalid();
    return [];
  }
  return value.flatMap((entry: unknown) => {
    const field = isObject(entry) ? entry['field'] : undefined;
    const tagged = tags(entry, invalid);
    if (typeof field !== 'string' || !field.trim() || !tagged) {
      if (tagged) invalid();
      return [];
    }
    return [{ field: field.trim(), ...tagged }];
  });
}

function tags(
  value: unknown,
  invalid: () => void,
): { startTag: string; endTag: string } | undefined {
  if (value === undefined || value === null) return undefined;
  const start = isObject(value) ? value['startTag'] : undefined;
  const end = isObject(value) ? (value['endTag'] ?? '') : undefined;
  if (typeof start !== 'string' || !start.trim() || typeof end !== 'string') {
    invalid();
    return undefined;
  }
  return { startTag: start.trim(), endTag: end.trim() };
}

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
