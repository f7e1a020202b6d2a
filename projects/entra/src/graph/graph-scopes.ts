import type { EntraSettings } from '@halo-outlook/core';

/**
 * The delegated Microsoft Graph permissions the add-in asks for, by their short names:
 * `User.Read` to sign in and read the agent's profile, `Mail.Read` to read the agent's mail (the
 * original message, a whole conversation).
 */
export const GRAPH_SCOPES = Object.freeze({
  /** Sign in and read the agent's profile (`GET /me`). */
  userRead: 'User.Read',
  /** Read the agent's mail (`/me/messages`). */
  mailRead: 'Mail.Read',
} as const);

/** A Graph permission's short name (`Mail.Read`). */
export type GraphScope = (typeof GRAPH_SCOPES)[keyof typeof GRAPH_SCOPES];

/**
 * The scope to request for a permission: its short name for Microsoft Graph's global endpoint
 * and for a non-Microsoft (test) authority; prefixed with the Graph origin for a national cloud
 * (`https://graph.microsoft.us/Mail.Read`). A full scope (`api://…/x`, `https://…/x`) is kept.
 *
 * @usageNotes
 * `acquireTokenSilent({ scopes: [requestScope(settings, 'Mail.Read')] })`
 */
export function requestScope(settings: EntraSettings, scope: string): string {
  if (scope.includes('/') || scope.includes(':')) return scope;
  const origin = new URL(settings.graphUrl).origin;
  if (settings.authorityKind === 'oidc' || origin === 'https://graph.microsoft.com') return scope;
  return `${origin}/${scope}`;
}

/** True when a granted scope (as a token response lists it) is the permission `scope`. */
export function sameScope(granted: string, scope: string): boolean {
  const name = granted.slice(granted.lastIndexOf('/') + 1);
  return name.toLowerCase() === scope.slice(scope.lastIndexOf('/') + 1).toLowerCase();
}
