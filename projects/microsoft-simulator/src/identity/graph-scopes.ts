/** Microsoft Graph's resource identifier (the `aud` of its access tokens). */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/** Scopes every OpenID request may carry; never subject to consent here. */
export const OIDC_SCOPES: readonly string[] = ['openid', 'profile', 'email', 'offline_access'];

/**
 * The Graph delegated permissions the simulator knows (a subset of Graph's). A request for any
 * other scope fails with `invalid_scope`, as Entra refuses a permission Graph does not define.
 */
export const KNOWN_GRAPH_SCOPES: readonly string[] = [
  'User.Read',
  'User.ReadBasic.All',
  'Mail.ReadBasic',
  'Mail.Read',
  'Mail.ReadWrite',
  'Mail.Send',
  'MailboxSettings.Read',
  'Calendars.Read',
  'Contacts.Read',
  'People.Read',
];

/** `https://graph.microsoft.com/.default`: every permission consented for the app. */
export const GRAPH_DEFAULT_SCOPE = `${GRAPH_RESOURCE}/.default`;

/** What a requested scope string is. */
export type ScopeKind = 'oidc' | 'graph' | 'graph-default' | 'unknown';

/**
 * The Graph permission a scope names, in its short form (`Mail.Read`), accepting both forms MSAL
 * may send (`Mail.Read` and `https://graph.microsoft.com/Mail.Read`, as Entra does); null when the
 * scope is not a known Graph permission.
 */
export function graphPermission(scope: string): string | null {
  const short = scope.startsWith(`${GRAPH_RESOURCE}/`)
    ? scope.slice(GRAPH_RESOURCE.length + 1)
    : scope;
  return KNOWN_GRAPH_SCOPES.includes(short) ? short : null;
}

/** Classifies one requested scope. */
export function scopeKind(scope: string): ScopeKind {
  if (OIDC_SCOPES.includes(scope)) return 'oidc';
  if (scope === GRAPH_DEFAULT_SCOPE) return 'graph-default';
  return graphPermission(scope) ? 'graph' : 'unknown';
}

/** Both spellings of each permission (what the token service accepts for the Graph resource). */
export function graphScopeSpellings(permissions: Iterable<string>): string[] {
  return [...permissions].flatMap((p) => [p, `${GRAPH_RESOURCE}/${p}`]);
}

/** Every scope string the Graph resource accepts: both spellings of each known permission, and `.default`. */
export function allGraphScopeStrings(): string[] {
  return [...graphScopeSpellings(KNOWN_GRAPH_SCOPES), GRAPH_DEFAULT_SCOPE];
}

/** Splits a space-separated scope parameter (empty entries dropped, order kept, duplicates removed). */
export function splitScopes(scope: string | undefined | null): string[] {
  return [...new Set((scope ?? '').split(' ').filter(Boolean))];
}
