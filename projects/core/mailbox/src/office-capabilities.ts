import type { MailboxCapabilities } from '@halo-outlook/core';

/** Reads the capabilities with `Office.context.requirements.isSetSupported`. */
export function readMailboxCapabilities(
  isSetSupported: (name: string, version: string) => boolean,
): MailboxCapabilities {
  const mailbox = (version: string) => {
    try {
      return isSetSupported('Mailbox', version);
    } catch {
      return false;
    }
  };
  const v18 = mailbox('1.8');
  return Object.freeze({
    mailbox: mailbox('1.1'),
    bodyHtml: mailbox('1.3'),
    itemChanged: mailbox('1.5'),
    internetHeaders: v18,
    categories: v18,
    attachmentContent: v18,
    messageFile: mailbox('1.14'),
  });
}
