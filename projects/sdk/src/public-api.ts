/*
 * Public API of @halo-outlook/sdk: the plugin API of Halo for Outlook.
 */

// Contracts
export { CANDIDATE_KINDS } from './contracts/candidate';
export type { Candidate, CandidateKind, TicketRelation } from './contracts/candidate';
export type { LogAction, LogActionContext, LogOutcome } from './contracts/log-action';
export { LOG_PART_STATUSES } from './contracts/log-part';
export type { LogPart, LogPartStatus } from './contracts/log-part';
export type { MatchContext, Matcher, MatcherDependency, ResolvedSoFar } from './contracts/matcher';
export { isValidPluginId, PLUGIN_ID_PATTERN } from './contracts/plugin-id';
export { validateCandidate } from './contracts/validate-candidate';
export type { CandidateCheck } from './contracts/validate-candidate';
export { validateLogOutcome } from './contracts/validate-log-outcome';
export type { LogOutcomeCheck } from './contracts/validate-log-outcome';
export { NEVER_LOG_TAG } from './contracts/well-known-tags';

// The e-mail, as core describes it
export { AppError, isAppError, toAppError } from '@halo-outlook/core';
export { freezeSnapshot } from '@halo-outlook/core/mailbox';
export type {
  AppErrorKind,
  DiagnosticData,
  MailAddress,
  MailAttachmentContent,
  MailAttachmentInfo,
  MailboxCapabilities,
  MailSnapshot,
} from '@halo-outlook/core';

// The e-mail's content, read on demand
export type { MailContent, MailContentPart, MailHeaders } from './mail/mail-content';
export { MailContentSource } from './mail/mail-content-source';
export { mailContentUnavailable } from './mail/mail-content-unavailable';
export { parseInternetHeaders } from './mail/parse-internet-headers';
export { ORIGINAL_MESSAGE_FALLBACK } from './mail/original-message-fallback';
export { CONVERSATION_SOURCE } from './mail/conversation-source';
export type { ConversationMessage, ConversationSource } from './mail/conversation-source';
export { recordMailContent } from './mail/captured-mail';
export type { CapturedMail, RecordingMailContent } from './mail/captured-mail';

// Logging an e-mail: runs, journal, outbox, events, forms
export { createLogJournal } from './log/log-journal';
export type { JournalEntries, JournalValue, LogJournal } from './log/log-journal';
export { newLogRequestId } from './log/log-request';
export type { LogRequest } from './log/log-request';
export type { LogRunUpdate } from './log/log-run-update';
export { LogRunner } from './log/log-runner';
export type { LogRunOptions } from './log/log-runner';
export { isQueueable, QUEUEABLE_FAILURE_KINDS } from './log/queueable-failure';
export { DEFAULT_OUTBOX_POLICY, outboxDelay } from './outbox/outbox-backoff';
export type { OutboxPolicy } from './outbox/outbox-backoff';
export { outboxItem } from './outbox/outbox-entry';
export type { OutboxEntry, OutboxItem, OutboxProblem, OutboxState } from './outbox/outbox-entry';
export { OUTBOX_POLICY } from './outbox/outbox-policy-token';
export { OutboxReplayer } from './outbox/outbox-replayer';
export { OutboxStorage } from './outbox/outbox-storage';
export { OutboxStore } from './outbox/outbox-store';
export { HaloEvents } from './events/halo-events';
export type { EmailLoggedEvent, LogFailedEvent } from './events/halo-events';
export { DEFAULT_LOG_DEFAULTS, LOG_DEFAULTS } from './forms/log-defaults';
export type { LogDefaults } from './forms/log-defaults';
export { LogFormHost } from './forms/log-form-host';
export type { LoggedTicket } from './forms/log-form-host';
export { HaloLinks } from './links/halo-links';

// The plugin context
export { createPluginLogger } from './context/plugin-logger';
export type { PluginLogger } from './context/plugin-logger';
export { HaloPluginAccess } from './halo/halo-plugin-access';
export type {
  HaloAction,
  HaloActionQuery,
  HaloAgent,
  HaloAttachment,
  HaloAttachmentTarget,
  HaloCallOptions,
  HaloClient,
  HaloCustomField,
  HaloCustomFieldValue,
  HaloEmailRule,
  HaloEmailRuleMapping,
  HaloFieldInfo,
  HaloLookupOptions,
  HaloOutcome,
  HaloPriority,
  HaloReadFacade,
  HaloSite,
  HaloStatus,
  HaloTeam,
  HaloTicket,
  HaloTicketChange,
  HaloTicketQuery,
  HaloTicketType,
  HaloUser,
  HaloWriteFacade,
  HaloWriteResult,
  ListPage,
  NewHaloAction,
  NewHaloAttachment,
  NewHaloTicket,
  NewHaloUser,
} from '@halo-outlook/halo';
export { normalizeMessageId, parseEmailRule, sameMessageId, toDataUri } from '@halo-outlook/halo';

// Registration
export { provideHaloPlugins } from './registry/provide-halo-plugins';
export { withMatchers } from './registry/with-matchers';
export { withLogActions } from './registry/with-log-actions';
export { withPluginOptions } from './registry/with-plugin-options';
export type { HaloPluginsFeature, HaloPluginsFeatureKind } from './registry/halo-plugins-feature';
export { DEFAULT_HALO_PLUGIN_OPTIONS, HALO_PLUGIN_OPTIONS } from './registry/halo-plugin-options';
export type { HaloPluginOptions } from './registry/halo-plugin-options';
export { HALO_LOG_ACTIONS, HALO_MATCHERS } from './registry/plugin-tokens';
export type { PluginRegistration } from './registry/plugin-registration';
export { PluginRegistry } from './registry/plugin-registry';
export { byPriority } from './registry/by-priority';

// Isolation
export { PluginCircuitBreaker } from './isolation/plugin-circuit-breaker';
export type { PluginProblem, PluginProblemKind } from './isolation/plugin-problem';
export { runIsolated } from './isolation/run-isolated';
export type { IsolatedEvent } from './isolation/run-isolated';

// Memory
export { InMemoryRememberedChoices, RememberedChoices } from './memory/remembered-choices';
export { InMemorySeenSenders, SeenSenders } from './memory/seen-senders';
export { senderKey } from './memory/sender-key';

// Resolution
export { DECISION_MARGIN, decide } from './resolution/decide';
export type { Decision } from './resolution/decide';
export { derivePicture } from './resolution/derive-picture';
export { mergeCandidates } from './resolution/merge-candidates';
export type { SourcedCandidates } from './resolution/merge-candidates';
export type { MergedCandidate } from './resolution/merged-candidate';
export { MatcherRunner } from './resolution/matcher-runner';
export type { MatcherRunRequest } from './resolution/matcher-runner';
export type { OverrideOptions } from './resolution/override-options';
export { EMPTY_PICTURE } from './resolution/resolution-picture';
export type { ResolutionPicture } from './resolution/resolution-picture';
export type { ResolutionProgress } from './resolution/resolution-progress';
export type { ResolutionStatus, ResolutionTiming } from './resolution/resolution-status';
export { ResolutionStore } from './resolution/resolution-store';
export { senderPart } from './resolution/sender-part';
