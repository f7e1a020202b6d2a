/*
 * Public API of @halo-outlook/sdk/testing: what a plugin author needs to test a plugin without
 * Office, Halo or a network.
 */
export { describeLogActionContract } from './contract/describe-log-action-contract';
export type { LogActionContractFixture } from './contract/describe-log-action-contract';
export { describeMatcherContract } from './contract/describe-matcher-contract';
export type { MatcherContractFixture } from './contract/describe-matcher-contract';
export type { HaloFixtures } from './halo/halo-fixtures';
export {
  aHaloAction,
  aHaloOutcome,
  aHaloClient,
  aHaloEmailRule,
  aHaloSite,
  aHaloTicket,
  aHaloUser,
} from './halo/halo-record-builders';
export { provideRecordingHalo } from './halo/provide-recording-halo';
export { RecordingHaloFacade } from './halo/recording-halo-facade';
export type { RecordedCall } from './halo/recording-halo-facade';
export { aLogActionContext } from './log-action/a-log-action-context';
export type {
  LogActionContextOverrides,
  TestLogActionContext,
} from './log-action/a-log-action-context';
export { aMailContent } from './mail/a-mail-content';
export type { FakeMailContent, MailContentFixture } from './mail/a-mail-content';
export { RecordingPluginLogger } from './logger/recording-plugin-logger';
export type { RecordedLogEntry } from './logger/recording-plugin-logger';
export { aMatchContext } from './matcher/a-match-context';
export type { MatchContextOverrides } from './matcher/a-match-context';
export { runMatcher } from './matcher/run-matcher';
export { aMailSnapshot } from './snapshot/a-mail-snapshot';
export type { MailSnapshotOverrides } from './snapshot/a-mail-snapshot';
