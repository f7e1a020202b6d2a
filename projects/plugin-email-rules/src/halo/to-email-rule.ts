import type { HaloEmailRule } from '@halo-outlook/sdk';
import { AddressCondition, EmailRule, FieldMapping } from '../rules/email-rule';

/** How to read a tenant's rules where Halo's API leaves the meaning open. */
export interface HaloEmailRuleReading {
  /**
   * The values of Halo's `type` field that mean "ignore the email". Halo does not document its
   * rule type codes, so the administrator names them (default: none; a text type containing
   * "ignore" is always read as ignore).
   */
  readonly ignoreTypes?: readonly (number | string)[];
}

/** Field names of a mapping that reads the asset tag rather than a ticket field. */
const ASSET_FIELD = /^asset(_?tag)?$/i;

/**
 * Turns one of Halo's e-mail rules (as the sdk's facade reads it, `halo.emailRules()`) into an
 * {@link EmailRule}: `type` is `ignore` for the codes `reading.ignoreTypes` names, else `ticket`;
 * an address with a local part and a domain is compared exactly, anything else (`@acme.example`,
 * `alerts@`) as "contains"; a mapping of the field `assettag` (or `asset`) gives the asset tag.
 *
 * @usageNotes
 * `(await context.halo.emailRules({ signal })).map((r) => toEmailRule(r, { ignoreTypes: [3] }))`
 */
export function toEmailRule(rule: HaloEmailRule, reading: HaloEmailRuleReading = {}): EmailRule {
  const ignore =
    (rule.type !== null && (reading.ignoreTypes ?? []).includes(rule.type)) ||
    /ignore/i.test(String(rule.type ?? ''));
  const asset = rule.fieldMappings.find((m) => ASSET_FIELD.test(m.fieldName));
  const fieldMappings: FieldMapping[] = rule.fieldMappings
    .filter((m) => m !== asset)
    .map((m) => ({ field: m.fieldName, startTag: m.startTag, endTag: m.endTag }));
  return {
    id: rule.id,
    name: rule.name,
    type: ignore ? 'ignore' : 'ticket',
    enabled: rule.enabled,
    sequence: rule.sequence,
    ...condition('from', rule.fromAddress),
    ...condition('to', rule.toAddress),
    ...(rule.subjectContains ? { subjectContains: rule.subjectContains } : {}),
    ...(rule.bodyContains ? { bodyContains: rule.bodyContains } : {}),
    ...(rule.ticketTypeId ? { ticketTypeId: rule.ticketTypeId } : {}),
    fieldMappings,
    ...(asset ? { assetTag: { startTag: asset.startTag, endTag: asset.endTag } } : {}),
  };
}

function condition(
  key: 'from' | 'to',
  address: string | null,
): Partial<Record<'from' | 'to', AddressCondition>> {
  if (!address) return {};
  return {
    [key]: { value: address, match: /^[^@\s]+@[^@\s]+$/.test(address) ? 'exact' : 'contains' },
  };
}
