/**
 * The tag a matcher proposes (`kind: 'tag'`, `id: NEVER_LOG_TAG`) when an email must never be
 * logged to Halo, for example mail from the MSP's own domains. The picture's `neverLog` is true
 * when any matcher proposes it.
 */
export const NEVER_LOG_TAG = 'never-log';
