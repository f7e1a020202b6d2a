/**
 * Reads an HTTP `Retry-After` header (delay in seconds, or an HTTP date) as milliseconds from
 * `now`; `null` when absent or unreadable. A date in the past means "now" (0).
 *
 * @usageNotes
 * `const waitMs = parseRetryAfter(response.headers.get('Retry-After'), Date.now()) ?? 60_000;`
 */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
