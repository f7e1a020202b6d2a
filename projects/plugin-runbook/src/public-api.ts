/*
 * Public API of @halo-outlook/plugin-runbook: an example log action that posts the email to a Halo
 * Integration Runbook's public endpoint.
 */
export { RUNBOOK_FIELDS } from './options/runbook-options';
export type { RunbookAuth, RunbookField, RunbookOptions } from './options/runbook-options';
export type { RunbookEmail } from './request/runbook-payload';
export type { RunbookRequest } from './request/runbook-request';
export type { RunbookPostResult } from './action/post-to-runbook';
export { runbookLogAction } from './action/runbook-log-action';
export type { RunbookInput } from './action/runbook-log-action';
