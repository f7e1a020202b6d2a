/*
 * Public API of @halo-outlook/sdk/testing: what a plugin author needs to test a plugin without
 * Office, Halo or a network.
 */
export { runMatcher } from './matcher/run-matcher';
export { aMailSnapshot } from './snapshot/a-mail-snapshot';
export type { MailSnapshotOverrides } from './snapshot/a-mail-snapshot';
