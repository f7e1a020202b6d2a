import { checkEmailRules, type EmailRule } from '@halo-outlook/plugin-email-rules';
import { emailRuleProblemText } from './email-rule-problem-text';
import { emailRulesBytes, emailRulesTooLarge, MAX_EMAIL_RULES_BYTES } from './email-rule-settings';

/** The email rules read from the text of Settings, or what is wrong with them. */
export type EmailRulesText =
  | { readonly ok: true; readonly rules: readonly EmailRule[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Reads the email rules typed or pasted in Settings: a JSON list of rules (empty text: none),
 * checked by the plugin's `checkEmailRules`. On any problem nothing is read and every problem is
 * said, so the agent corrects the text they kept.
 *
 * @usageNotes
 * `parseEmailRulesText('[{ "name": "Printers", "subjectContains": "printer", "ticketTypeId": 1 }]')`
 */
export function parseEmailRulesText(text: string): EmailRulesText {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, rules: [] };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        $localize`:@@settings.emailRules.notJson:The rules are not valid JSON (${detail}:detail:): check the quotes, commas and brackets there.`,
      ],
    };
  }
  const { rules, problems } = checkEmailRules(json);
  if (problems.length) return { ok: false, problems: problems.map(emailRuleProblemText) };
  const bytes = emailRulesBytes(rules);
  if (bytes > MAX_EMAIL_RULES_BYTES) {
    const error = emailRulesTooLarge(bytes);
    return { ok: false, problems: [`${error.message} ${error.action}`] };
  }
  return { ok: true, rules };
}

/** The rules as Settings shows them: indented JSON, or nothing when there are none. */
export function formatEmailRulesText(rules: readonly EmailRule[]): string {
  return rules.length ? JSON.stringify(rules, null, 2) : '';
}
