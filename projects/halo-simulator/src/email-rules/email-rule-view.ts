import type { HaloVariants } from '../simulator/simulator-options.js';
import type { EmailRuleRecord } from '../store/records.js';

/** Halo's e-mail rules have six tag slots. */
const SLOTS = 6;

/**
 * An e-mail rule as `/api/EmailRule` answers it: `id, name, type, enabled, seq, fromaddr, toaddr,
 * subject, body, requesttype, closestring`, and its field mappings as the `emailRuleMappings`
 * variant says: six flat slots (`starttag`/`endtag`/`fieldname`, then `starttag2`… `starttag6`;
 * the default) or a `fieldmappings` list of `{ fieldname, starttag, endtag }`.
 */
export function emailRuleView(
  rule: EmailRuleRecord,
  mappings: HaloVariants['emailRuleMappings'],
): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: rule.id,
    name: rule.name,
    type: rule.type,
    enabled: rule.enabled,
    seq: rule.seq,
    fromaddr: rule.fromaddr,
    toaddr: rule.toaddr,
    subject: rule.subject,
    body: rule.body,
    requesttype: rule.requesttype,
    closestring: rule.closestring,
  };
  if (mappings === 'list') {
    view['fieldmappings'] = rule.mappings.slice(0, SLOTS).map((m) => ({ ...m }));
    return view;
  }
  for (let slot = 1; slot <= SLOTS; slot++) {
    const mapping = rule.mappings[slot - 1];
    const suffix = slot === 1 ? '' : String(slot);
    view[`starttag${suffix}`] = mapping?.starttag ?? '';
    view[`endtag${suffix}`] = mapping?.endtag ?? '';
    view[`fieldname${suffix}`] = mapping?.fieldname ?? '';
  }
  return view;
}
