import { EmailRule, RuleEmail } from './email-rule';
import { ruleMatches } from './rule-matches';
import { textBetweenTags } from './text-between-tags';

/** What Halo's rules would do with an email: the rule that decides and what it extracts. */
export interface EmailRuleVerdict {
  /** The first enabled rule, in sequence order, whose conditions hold. */
  readonly rule: EmailRule;
  /** True when that rule makes Halo drop the email. */
  readonly ignored: boolean;
  /** The conditions that held, in words. */
  readonly reasons: readonly string[];
  /** The ticket type the rule gives, if any. */
  readonly ticketTypeId?: number;
  /** Field values read from the body between the rule's tags (fields not found are absent). */
  readonly fields: Readonly<Record<string, string>>;
  /** The asset tag read from the body, or `null`. */
  readonly assetTag: string | null;
  /** Mappings that could not be read because the body was not available. */
  readonly unreadFields: readonly string[];
}

/**
 * Applies Halo-style email rules to an email: the enabled rules in sequence order (equal
 * sequences keep their given order), the first whose conditions hold decides. Returns `null` when
 * no rule matches (Halo's default handling applies).
 *
 * @usageNotes
 * ```ts
 * const verdict = evaluateEmailRules(rules, { from, to, cc, subject, text });
 * if (verdict?.ignored) warn(`Halo's rule "${verdict.rule.name}" ignores this email`);
 * ```
 */
export function evaluateEmailRules(
  rules: readonly EmailRule[],
  email: RuleEmail,
): EmailRuleVerdict | null {
  const ordered = rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => rule.enabled)
    .sort((a, b) => a.rule.sequence - b.rule.sequence || a.index - b.index);
  for (const { rule } of ordered) {
    const reasons = ruleMatches(rule, email);
    if (!reasons) continue;
    const fields: Record<string, string> = {};
    const unreadFields: string[] = [];
    for (const mapping of rule.fieldMappings) {
      if (email.text === null) {
        unreadFields.push(mapping.field);
        continue;
      }
      const value = textBetweenTags(email.text, mapping.startTag, mapping.endTag);
      if (value !== null) fields[mapping.field] = value;
    }
    const assetTag =
      rule.assetTag && email.text !== null
        ? textBetweenTags(email.text, rule.assetTag.startTag, rule.assetTag.endTag)
        : null;
    return {
      rule,
      ignored: rule.type === 'ignore',
      reasons,
      ...(rule.ticketTypeId === undefined ? {} : { ticketTypeId: rule.ticketTypeId }),
      fields,
      assetTag,
      unreadFields,
    };
  }
  return null;
}
