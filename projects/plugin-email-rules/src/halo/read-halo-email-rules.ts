import { parseEmailRule } from '@halo-outlook/sdk';
import { EmailRule } from '../rules/email-rule';
import { HaloEmailRuleReading, toEmailRule } from './to-email-rule';

/**
 * Reads the JSON `GET /api/EmailRule` returns (a bare array or `{ emailrules: [...] }`), for rules
 * fetched or exported outside the add-in, into {@link EmailRule}s. Each entry is read as the sdk's
 * facade reads it (`parseEmailRule`: `id`, `name`, `type`, `enabled`, `seq`, `fromaddr`, `toaddr`,
 * `subject`, `body`, `requesttype`, the field mappings as a `fieldmappings` list or in the six tag
 * slots) and turned into a rule by {@link toEmailRule}. Entries without an id are skipped.
 *
 * @usageNotes
 * `readHaloEmailRules(await response.json(), { ignoreTypes: [3] })`
 */
export function readHaloEmailRules(json: unknown, reading: HaloEmailRuleReading = {}): EmailRule[] {
  const list = Array.isArray(json)
    ? json
    : ((json as Record<string, unknown> | null)?.['emailrules'] ?? []);
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    const rule = parseEmailRule(entry);
    return rule ? [toEmailRule(rule, reading)] : [];
  });
}
