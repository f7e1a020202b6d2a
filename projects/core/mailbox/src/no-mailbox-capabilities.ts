import type { MailboxCapabilities } from '@halo-outlook/core';

/** Capabilities outside Outlook: none. */
export const NO_MAILBOX_CAPABILITIES: MailboxCapabilities = Object.freeze({
  mailbox: false,
  bodyHtml: false,
  itemChanged: false,
  internetHeaders: false,
  categories: false,
  attachmentContent: false,
  messageFile: false,
});
