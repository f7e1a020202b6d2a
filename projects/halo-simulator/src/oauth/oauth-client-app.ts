/** An API application as the simulator registers it (Halo: Configuration > Integrations > Halo API). */
export interface OAuthClientApp {
  id: string;
  /** Absent for public clients (Authorisation Code with PKCE, no secret). */
  secret?: string;
  /** Allowed redirect URIs; an entry ending in `*` matches any URI with that prefix. */
  redirectUris: string[];
  grants: string[];
}

/** True when `uri` is one of the allowed entries (exact, or prefix for entries ending in `*`). */
export function isAllowedRedirectUri(uri: string, allowed: readonly string[]): boolean {
  return allowed.some((entry) =>
    entry.endsWith('*') ? uri.startsWith(entry.slice(0, -1)) : uri === entry,
  );
}
