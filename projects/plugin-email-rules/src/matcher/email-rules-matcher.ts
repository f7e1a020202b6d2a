import { Candidate, MailAddress, MatchContext, Matcher } from '@halo-outlook/sdk';
import { EmailRule } from '../rules/email-rule';
import { EmailRuleVerdict, evaluateEmailRules } from '../rules/evaluate-email-rules';
import { EmailContentReader } from './email-content';
import { readEmailText } from './read-email-content';

/** The id of the email rules matcher. */
export const EMAIL_RULES_MATCHER_ID = 'example.email-rules';

/** The tag proposed when Halo's own rules would drop the email. */
export const IGNORED_BY_HALO_TAG = 'email-rule:ignored';

/** How the email rules matcher gets its rules and the body. */
export interface EmailRulesMatcherOptions {
  /** The rules, as configured in settings, or a function that loads them (from Halo). */
  readonly rules: readonly EmailRule[] | ((context: MatchContext) => Promise<readonly EmailRule[]>);
  /**
   * Reads the body for field mappings and asset tags (default: from the match context,
   * `context.mail`); when the body cannot be read they are reported unread.
   */
  readonly readContent?: EmailContentReader;
}

/**
 * Creates the matcher that applies Halo-style email rules in the pane. When a ticket rule matches,
 * it proposes a `tag` (`email-rule:<id>`) whose `data` carries what create should preselect:
 * `ticketTypeId`, `fields` and `assetTag`. When an ignore rule matches, it proposes the
 * {@link IGNORED_BY_HALO_TAG} tag whose reason warns the agent that Halo would drop this email
 * (`data`: `ruleId`, `ruleName`, `warning`). `rules` may be Halo's own, read per email with
 * `haloEmailRules`.
 *
 * @usageNotes
 * ```ts
 * withMatchers(emailRulesMatcher({ rules: [{ id: 'alerts', name: 'Alerts', type: 'ticket',
 *   enabled: true, sequence: 1, from: { value: '@rmm.example', match: 'contains' },
 *   ticketTypeId: 12, fieldMappings: [{ field: 'CFDevice', startTag: 'Device:', endTag: '' }] }] }))
 * ```
 */
export function emailRulesMatcher(options: EmailRulesMatcherOptions): Matcher {
  return {
    id: EMAIL_RULES_MATCHER_ID,
    priority: 6,
    timeoutMs: 3000,
    match: async (context) => {
      const rules =
        typeof options.rules === 'function' ? await options.rules(context) : options.rules;
      if (!rules.length) return [];
      const { snapshot } = context;
      const text = options.readContent
        ? (await options.readContent(context)).text
        : await readEmailText(context);
      const verdict = evaluateEmailRules(rules, {
        from: snapshot.from.address,
        to: snapshot.to.map((a: MailAddress) => a.address),
        cc: snapshot.cc.map((a: MailAddress) => a.address),
        subject: snapshot.subject,
        text,
      });
      return verdict ? [toCandidate(verdict)] : [];
    },
  };
}

function toCandidate(verdict: EmailRuleVerdict): Candidate {
  const { rule } = verdict;
  const because = verdict.reasons.length ? ` (${verdict.reasons.join(', ')})` : '';
  if (verdict.ignored) {
    const warning =
      `Halo's email rule "${rule.name}" ignores this email${because}: if it reaches Halo's ` +
      'mailbox, no ticket is made. Log it from here, or ask your Halo administrator to change ' +
      'the rule (Configuration > Email > Email Rules).';
    return {
      kind: 'tag',
      id: IGNORED_BY_HALO_TAG,
      label: 'Ignored by Halo',
      confidence: 0.9,
      reason: warning,
      data: { ruleId: rule.id, ruleName: rule.name, warning },
    };
  }
  const found = Object.keys(verdict.fields);
  const parts = [`Halo's email rule "${rule.name}" applies${because}.`];
  if (found.length) parts.push(`It reads ${found.join(', ')} from the body.`);
  if (verdict.assetTag) parts.push(`Asset tag: ${verdict.assetTag}.`);
  if (verdict.unreadFields.length) {
    parts.push(`The body could not be read, so ${verdict.unreadFields.join(', ')} stay empty.`);
  }
  return {
    kind: 'tag',
    id: `email-rule:${rule.id}`,
    label: rule.name,
    confidence: 0.9,
    reason: parts.join(' '),
    data: {
      ruleId: rule.id,
      ...(verdict.ticketTypeId === undefined ? {} : { ticketTypeId: verdict.ticketTypeId }),
      fields: verdict.fields,
      assetTag: verdict.assetTag,
    },
  };
}
