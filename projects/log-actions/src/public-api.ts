/*
 * Public API of @halo-outlook/log-actions: the built-in log actions, written only against the sdk.
 */

// The actions
export { builtInLogActions, withBuiltInLogActions } from './built-in/built-in-log-actions';
export type { BuiltInLogActionsOptions } from './built-in/built-in-log-actions';
export { APPEND_TO_TICKET_ID, appendToTicketAction } from './append/append-to-ticket-action';
export type { AppendInput } from './append/append-input';
export { appendActionPayload } from './append/append-payload';
export { CREATE_TICKET_ID, createTicketAction } from './create/create-ticket-action';
export type { CreateInput } from './create/create-input';
export { createEmailActionPayload, createTicketPayload } from './create/create-payload';
export type { StampFields } from './create/create-payload';
export type { CreateTicketOptions, LogActionOptions } from './options/log-action-options';
export type { ContentChoice } from './content/content-choice';
export { LOG_CONVERSATION_ID, logConversationAction } from './conversation/log-conversation-action';
export type { WithConversationSource } from './conversation/log-conversation-action';
export type { ChosenMessage, ConversationInput } from './conversation/conversation-input';

// The e-mail ready for Halo. (Its HTML made safe, sanitizeEmailHtml and trimQuotedHistory, is
// @halo-outlook/log-actions/email: not re-exported here, so registering the actions does not
// download DOMPurify.)
export { emailHeaderBlock, escapeHtml } from './email/email-header-block';
export { emailRecord } from './email/email-record';
export { ticketSummaryFromSubject } from './summary/ticket-summary-from-subject';
export { isLoggableMinutes, MAX_LOGGED_MINUTES, minutesToHours } from './time/minutes-to-hours';

// Files
export {
  base64Bytes,
  checkAttachmentSizes,
  DEFAULT_ATTACHMENT_LIMITS,
  formatBytes,
} from './attachments/attachment-limits';
export type { AttachmentLimits, SizedFile, SizeProblem } from './attachments/attachment-limits';
export { base64InSlices, yieldToHost } from './attachments/base64-in-slices';
export type { SliceOptions } from './attachments/base64-in-slices';
