/**
 * What the classifier reads of an email: the author, the subject, the internet headers and the
 * body as plain text. Header names are lower-case (`list-unsubscribe`); a header that appears more
 * than once keeps its first value.
 */
export interface ClassifiableEmail {
  /** The author (From). */
  readonly from: { readonly name: string; readonly address: string };
  /** The subject, as sent. */
  readonly subject: string;
  /** Internet headers by lower-case name; empty when the host cannot read them. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as plain text; empty when it is not available. */
  readonly text: string;
}

/**
 * Lower-cases header names and keeps the first value of repeated headers, so that rules can look
 * headers up by name whatever the host's spelling.
 *
 * @usageNotes
 * ```ts
 * normalizeHeaders({ 'List-Unsubscribe': '<mailto:x@y>' }); // { 'list-unsubscribe': '<mailto:x@y>' }
 * ```
 */
export function normalizeHeaders(
  headers: Readonly<Record<string, string>> | readonly (readonly [string, string])[],
): Readonly<Record<string, string>> {
  const entries = Array.isArray(headers) ? headers : Object.entries(headers);
  const normalized: Record<string, string> = {};
  for (const [name, value] of entries as readonly (readonly [string, string])[]) {
    const key = name.trim().toLowerCase();
    if (key && !(key in normalized)) normalized[key] = value.trim();
  }
  return normalized;
}
