/**
 * Finds the text between a start tag and an end tag, as Halo's field mappings do: the first
 * occurrence of the start tag (case ignored), up to the end tag after it, or to the end of the
 * line when the end tag is empty. Returns the trimmed text, or `null` when the start tag is absent
 * or the value is empty.
 *
 * @usageNotes
 * `textBetweenTags('Serial: AB-12\nModel: X', 'Serial:', '')` → `'AB-12'`.
 */
export function textBetweenTags(text: string, startTag: string, endTag: string): string | null {
  if (!startTag) return null;
  const start = text.toLowerCase().indexOf(startTag.toLowerCase());
  if (start < 0) return null;
  const from = start + startTag.length;
  const rest = text.slice(from);
  let end = endTag ? rest.toLowerCase().indexOf(endTag.toLowerCase()) : -1;
  if (end < 0) end = rest.search(/\r?\n/);
  const value = (end < 0 ? rest : rest.slice(0, end)).trim();
  return value || null;
}
