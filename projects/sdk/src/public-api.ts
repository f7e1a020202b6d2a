/*
 * Public API of @halo-outlook/sdk: the plugin API of Halo for Outlook.
 */

// Contracts
export { CANDIDATE_KINDS } from './contracts/candidate';
export type { Candidate, CandidateKind, TicketRelation } from './contracts/candidate';
export type { LogAction, LogActionContext, LogOutcome } from './contracts/log-action';
export type { MatchContext, Matcher, MatcherDependency, ResolvedSoFar } from './contracts/matcher';
export { isValidPluginId, PLUGIN_ID_PATTERN } from './contracts/plugin-id';
export { validateCandidate } from './contracts/validate-candidate';
export type { CandidateCheck } from './contracts/validate-candidate';
export { validateLogOutcome } from './contracts/validate-log-outcome';
export type { LogOutcomeCheck } from './contracts/validate-log-outcome';
export { NEVER_LOG_TAG } from './contracts/well-known-tags';

// The e-mail, as core describes it
export { AppError, freezeSnapshot, isAppError } from '@halo-outlook/core';
export type {
  DiagnosticData,
  MailAddress,
  MailAttachmentInfo,
  MailSnapshot,
} from '@halo-outlook/core';

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
export { normalizeMessageId, sameMessageId, toDataUri } from '@halo-outlook/halo';

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
