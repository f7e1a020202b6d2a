const REPLY_PREFIX = /^\s*(?:(?:re|fw|fwd|aw|wg|tr|sv|vs|antw|réf|rif)\s*(?:\[\d+\])?\s*:\s*)+/i;
const TAG = /\[\s*[A-Za-z]{1,10}\s*[:#]?\s*#?\d{1,9}\s*\]/g;

/**
 * The summary a new ticket gets from an email's subject: reply and forward prefixes (English,
 * French, German, Nordic, Italian), ticket tags such as `[ID: 1042]` and extra spaces removed.
 * An empty result becomes `(no subject)`, and the length is capped at Halo's summary size.
 *
 * @usageNotes
 * `ticketSummaryFromSubject('RE: FW: [ID: 12] VPN down')` → `'VPN down'`.
 */
export function ticketSummaryFromSubject(subject: string, maxLength = 250): string {
  let text = subject;
  // Prefixes and tags can interleave ("RE: [ID: 5] FW: x"): strip until nothing changes.
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(TAG, ' ').replace(REPLY_PREFIX, '').trim();
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (text === '') return '(no subject)';
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}
