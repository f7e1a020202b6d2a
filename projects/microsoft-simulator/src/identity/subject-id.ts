import { createHash } from 'node:crypto';

/**
 * The `sub` claim of a user for an app: like Entra's, a pairwise identifier (the same user has a
 * different `sub` in each app; `oid` is the same everywhere). 43 base64url characters.
 */
export function subjectFor(userId: string, clientId: string): string {
  return createHash('sha256').update(`${userId}|${clientId}`).digest('base64url');
}
