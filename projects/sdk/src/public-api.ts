/*
 * Public API of @halo-outlook/sdk.
 */
export { CANDIDATE_KINDS } from './contracts/candidate';
export type { Candidate, CandidateKind } from './contracts/candidate';
export type { LogAction, LogActionContext, LogOutcome } from './contracts/log-action';
export type { MatchContext, Matcher } from './contracts/matcher';
export { freezeSnapshot } from '@halo-outlook/core';
export type { MailAddress, MailAttachmentInfo, MailSnapshot } from '@halo-outlook/core';
export { validateCandidate } from './contracts/validate-candidate';
export type { CandidateCheck } from './contracts/validate-candidate';
