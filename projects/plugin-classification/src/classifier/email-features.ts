import { ClassifiableEmail } from '../model/classifiable-email';
import { tokenize } from '../words/tokenize';

/** The prefix of the words that describe the sender's address (`from:accounts`). */
export const SENDER_WORD_PREFIX = 'from:';

/**
 * The words the model counts for an email: the subject's and the body's words, and the words of the
 * sender's address before the `@` prefixed with `from:` (so `accounts@` speaks for billing without
 * being confused with the word "accounts" in a sentence).
 */
export function emailWords(email: ClassifiableEmail): string[] {
  const local = email.from.address.split('@')[0] ?? '';
  const senderWords = tokenize(local.replace(/[-_.]+/g, ' ')).map((w) => SENDER_WORD_PREFIX + w);
  return [...tokenize(email.subject), ...tokenize(email.text), ...senderWords];
}
