import { AddressCondition, EmailRule, FieldMapping } from '../rules/email-rule';

/** How to read a tenant's rules where Halo's API leaves the meaning open. */
export interface HaloEmailRuleReading {
  /**
   * The values of Halo's `type` field that mean "ignore the email". Halo does not document its
   * rule type codes, so the administrator names them (default: none; a string type containing
   * "ignore" is always read as ignore).
   */
  readonly ignoreTypes?: readonly (number | string)[];
}

/**
 * Reads the list `GET /api/EmailRule` returns (a bare array or `{ emailrules: [...] }`) into
 * {@link EmailRule}s. Fields read: `id`, `name`, `type`, `enabled`, `seq`, `fromaddr`, `toaddr`,
 * `subject`, `requesttype`, `fieldmappings[]` (`fieldname`, `starttag`, `endtag`). An address
 * with an `@` and a local part is compared exactly, anything else (`@acme.example`, `acme`) as
 * "contains". Entries without an id are skipped.
 */
export function readHaloEmailRules(json: unknown, reading: HaloEmailRuleReading = {}): EmailRule[] {
  const list = Array.isArray(json)
    ? json
    : ((json as Record<string, unknown> | null)?.['emailrules'] ?? []);
  if (!Array.isArray(list)) return [];
  const ignoreTypes = reading.ignoreTypes ?? [];
  return list.flatMap((entry: unknown): EmailRule[] => {
    const raw = (entry ?? {}) as Record<string, unknown>;
    const id = raw['id'];
    if (typeof id !== 'number' && typeof id !== 'string') return [];
    const type = raw['type'];
    const ignore =
      ignoreTypes.includes(type as number | string) || /ignore/i.test(String(type ?? ''));
    const ticketType = Number(raw['requesttype']);
    return [
      {
        id,
        name: text(raw['name']) || `Rule ${id}`,
        type: ignore ? 'ignore' : 'ticket',
        enabled: raw['enabled'] !== false,
        sequence: Number.isFinite(Number(raw['seq'])) ? Number(raw['seq']) : 0,
        ...condition('from', raw['fromaddr']),
        ...condition('to', raw['toaddr']),
        ...(text(raw['subject']) ? { subjectContains: text(raw['subject']) } : {}),
        ...(ticketType > 0 ? { ticketTypeId: ticketType } : {}),
        fieldMappings: mappings(raw['fieldmappings']),
      },
    ];
  });
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function condition(
  key: 'from' | 'to',
  value: unknown,
): Partial<Record<'from' | 'to', AddressCondition>> {
  const address = text(value);
  if (!address) return {};
  return {
    [key]: { value: address, match: /^[^@\s]+@[^@\s]+$/.test(address) ? 'exact' : 'contains' },
  };
}

function mappings(value: unknown): FieldMapping[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    const m = (entry ?? {}) as Record<string, unknown>;
    const field = text(m['fieldname']) || text(m['field_name']) || text(m['name']);
    const startTag = text(m['starttag']);
    return field && startTag ? [{ field, startTag, endTag: text(m['endtag']) }] : [];
  });
}
