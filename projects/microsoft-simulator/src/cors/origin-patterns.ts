/**
 * Whether an origin (`http://127.0.0.1:4400`) is allowed by a list of patterns: an exact origin,
 * or one whose port is `*` (any port, e.g. `http://127.0.0.1:*`). Scheme and host must match.
 */
export function originAllowed(
  origin: string | undefined | null,
  patterns: readonly string[],
): boolean {
  if (!origin) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  return patterns.some((pattern) => {
    if (pattern === origin) return true;
    if (!pattern.endsWith(':*')) return false;
    return `${url.protocol}//${url.hostname}` === pattern.slice(0, -2) && url.port !== '';
  });
}
