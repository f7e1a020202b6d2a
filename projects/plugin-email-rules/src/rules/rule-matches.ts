import { AddressCondition, EmailRule, RuleEmail } from './email-rule';

/**
 * Checks one rule's conditions against an email and says which held, in words, or returns `null`
 * when one of them fails. A rule with no condition at all matches every email of its mailbox.
 */
export function ruleMatches(rule: EmailRule, email: RuleEmail): string[] | null {
  const reasons: string[] = [];
  const recipients = [...email.to, ...email.cc];
  if (rule.mailbox) {
    if (!recipients.some((r) => same(r, rule.mailbox ?? ''))) return null;
    reasons.push(`sent to the ${rule.mailbox} mailbox`);
  }
  if (rule.from) {
    if (!addressMatches(email.from, rule.from)) return null;
    reasons.push(`from ${describe(rule.from)}`);
  }
  if (rule.to) {
    const condition = rule.to;
    if (!recipients.some((r) => addressMatches(r, condition))) return null;
    reasons.push(`to ${describe(rule.to)}`);
  }
  if (rule.subjectContains) {
    if (!email.subject.toLowerCase().includes(rule.subjectContains.toLowerCase())) return null;
    reasons.push(`subject contains "${rule.subjectContains}"`);
  }
  return reasons;
}

function addressMatches(address: string, condition: AddressCondition): boolean {
  return condition.match === 'exact'
    ? same(address, condition.value)
    : address.toLowerCase().includes(condition.value.trim().toLowerCase());
}

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function describe(condition: AddressCondition): string {
  return condition.match === 'exact'
    ? `exactly ${condition.value}`
    : `an address containing "${condition.value}"`;
}
