import { MatchContext } from '@halo-outlook/sdk';

/**
 * Reads the body as text from the match context (`context.mail`); null when Outlook cannot give
 * it, so field mappings and the asset tag are reported unread rather than empty.
 *
 * @usageNotes
 * `emailRulesMatcher({ rules })` uses it unless `readContent` is given.
 */
export async function readEmailText(context: MatchContext): Promise<string | null> {
  return context.mail.text().catch(() => null);
}
