import corpus from './labelled-emails.json';
import { LabelledEmail, readLabelledEmails } from './labelled-email';

let emails: readonly LabelledEmail[] | null = null;

/**
 * The labelled corpus kept with the library: short emails an MSP receives (support requests, sales
 * enquiries, billing questions, automated mail, spam), written for this product, with the headers
 * that matter. Read once, on first use.
 */
export function labelledCorpus(): readonly LabelledEmail[] {
  emails ??= Object.freeze(readLabelledEmails(corpus));
  return emails;
}
