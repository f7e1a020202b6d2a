/*
 * Public API of @halo-outlook/core/mailbox: the mailbox port (the current email and what this
 * Outlook can do) with its Office adapter. A secondary entry point because the pane reads mail and
 * a first screen does not: the pane runtime imports it, so the adapter loads with the pane. The
 * snapshot types (`MailSnapshot`, `MailboxCapabilities`…) are in `@halo-outlook/core`, so a
 * library that only describes e-mails needs no more.
 */

export { MailboxPort } from './mailbox-port';
export { freezeSnapshot } from './freeze-snapshot';
export { parseThreadHeaders } from './parse-thread-headers';
export { NO_MAILBOX_CAPABILITIES } from './no-mailbox-capabilities';
