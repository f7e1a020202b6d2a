import { MatchContext } from '@halo-outlook/sdk';
import { EmailContent } from './email-content';

/**
 * Reads the body as text and the internet headers from the match context (`context.mail`). A
 * part Outlook cannot give is left empty: the classifier then reads the subject and the sender.
 *
 * @usageNotes
 * `classificationMatcher()` uses it unless `readContent` is given.
 */
export async function readEmailContent(context: MatchContext): Promise<EmailContent> {
  const [text, headers] = await Promise.all([
    context.mail.text().catch(() => ''),
    context.mail.headers().catch(() => ({})),
  ]);
  return { text, headers };
}
