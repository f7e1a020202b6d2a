import { AppError } from '@halo-outlook/core';
import type { MailContentPart } from './mail-content';

const WHAT: Record<MailContentPart, string> = {
  html: 'the body',
  text: 'the body',
  headers: 'the internet headers',
  attachment: 'the attachment',
  original: 'the original message',
};

/**
 * The `AppError` a {@link MailContent} rejects with when a part cannot be had: the host cannot
 * give it (`office`, not retryable), or the e-mail is no longer the one open (`not-found`).
 *
 * @usageNotes
 * `throw mailContentUnavailable('original', 'host')`
 */
export function mailContentUnavailable(
  part: MailContentPart,
  reason: 'host' | 'changed' | 'not-kept',
  detail?: string,
): AppError {
  switch (reason) {
    case 'host':
      return new AppError({
        kind: 'office',
        message: `This version of Outlook cannot give ${WHAT[part]} of the email to the add-in.`,
        action: 'Update Outlook, or use Outlook on the web.',
        detail,
        retryable: false,
      });
    case 'changed':
      return new AppError({
        kind: 'not-found',
        message: `Another email was opened before ${WHAT[part]} could be read.`,
        action: 'Open the email again, then try again.',
        detail,
        retryable: false,
      });
    case 'not-kept':
      return new AppError({
        kind: 'not-found',
        message: `${capitalise(WHAT[part])} was not kept with the queued log.`,
        action: 'Open the email in Outlook, then retry it from the outbox.',
        detail,
        retryable: false,
      });
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
