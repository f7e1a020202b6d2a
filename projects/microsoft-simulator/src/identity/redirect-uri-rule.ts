const PATTERN = /^(https?):\/\/([^/:]+)(?::(\d+|\*))?(\/.*)?$/;

function defaultPort(protocol: string): string {
  return protocol === 'https:' ? '443' : '80';
}

/**
 * The redirect URI rule of the app registration. A redirect URI is allowed when it equals a
 * registered entry, or matches a registered pattern: same scheme and host; the port equal, or any
 * port when the pattern's port is `*`; the path (with its query) equal to the pattern's path, or
 * starting with it when the pattern's path ends with `*`. A URI with a fragment or user info, or
 * that does not parse, is never allowed. Examples: `http://127.0.0.1:*` followed by `/*` allows
 * every page on 127.0.0.1 (any port); `http://127.0.0.1:4410/auth/*` only pages under `/auth/`.
 */
export function redirectUriAllowed(uri: string, registered: readonly string[]): boolean {
  if (registered.includes(uri)) return true;
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  if (url.hash || url.username || url.password || uri.includes('#')) return false;
  const port = url.port || defaultPort(url.protocol);
  const pathAndQuery = `${url.pathname}${url.search}`;
  return registered.some((entry) => {
    const match = PATTERN.exec(entry);
    if (!match) return false;
    const [, scheme, host, patternPort, patternPath = '/'] = match;
    if (`${scheme}:` !== url.protocol || host?.toLowerCase() !== url.hostname) return false;
    if (patternPort !== '*' && (patternPort ?? defaultPort(url.protocol)) !== port) return false;
    return patternPath.endsWith('*')
      ? pathAndQuery.startsWith(patternPath.slice(0, -1))
      : pathAndQuery === patternPath;
  });
}
