import { AddressCondition, EmailRule, RuleEmail } from './email-rule';

/**
 * Checks one rule's conditions against an email and says which held, in words, or returns `null`
 * when one of them fails. A rule with no condition at all matches every email of its mailbox. A
 * body condition fails when the body could not be read: Halo might not apply the rule, so it is
 * never claimed.
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
  if (rule.bodyContains) {
    const text = email.text?.toLowerCase();
    if (text === undefined || !text.includes(rule.bodyContains.toLowerCase())) return null;
    reasons.push(`body contains "${rule.bodyContains}"`);
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
