/*
 * Public API of @halo-outlook/core.
 */
export { AppError, isAppError } from './errors/app-error';
export type { AppErrorInit, AppErrorKind } from './errors/app-error';
export { toAppError } from './errors/to-app-error';
export { freezeSnapshot } from './mailbox/mail-snapshot';
export type { MailAddress, MailAttachmentInfo, MailSnapshot } from './mailbox/mail-snapshot';
export { HaloSession } from './auth/halo-session';
export { DiagnosticsLog } from './diagnostics/diagnostics-log';
export type {
  DiagnosticData,
  DiagnosticEntry,
  DiagnosticLevel,
} from './diagnostics/diagnostics-log';
