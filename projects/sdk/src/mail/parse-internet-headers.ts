import type { MailHeaders } from './mail-content';

/**
 * Turns a raw internet header block (as `getAllInternetHeadersAsync` gives it) into a record:
 * continuation lines unfolded, names lower-cased, the first value of a repeated header kept.
 *
 * @usageNotes
 * `parseInternetHeaders('List-Id: <a.b>\r\nReceived: x\r\n y\r\n')` →
 * `{ 'list-id': '<a.b>', received: 'x y' }`.
 */
export function parseInternetHeaders(raw: string): MailHeaders {
  const headers: Record<string, string> = {};
  const unfolded = raw.replace(/\r?\n(?=[ \t])/g, '');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!name || /\s/.test(name) || name in headers) continue;
    headers[name] = line
      .slice(colon + 1)
      .replace(/[ \t]+/g, ' ')
      .trim();
  }
  return Object.freeze(headers);
}
