/*
 * Public API of @halo-outlook/log-actions/email: an e-mail's HTML made safe for Halo (DOMPurify).
 *
 * Its own entry point so that registering the log actions (`@halo-outlook/log-actions`) does not
 * download DOMPurify: only the write path, loaded when an e-mail is logged, imports it.
 */

export { sanitizeEmailHtml } from './html/sanitize-email-html';
export type { SanitizedEmail, SanitizeEmailOptions } from './html/sanitize-email-html';
export { trimQuotedHistory } from './html/trim-quoted-history';
