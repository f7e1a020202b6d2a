/**
 * The categories an email's `Keywords` header names (comma-separated, folded lines joined, spaces
 * collapsed), in order; none without the header. Outlook shows them as the message's categories,
 * and Graph reports them as its `categories`.
 *
 * @param headerBlock the message's header block, as `parseEml` keeps it
 */
export function keywordsOf(headerBlock: string): string[] {
  const match = /^keywords:[ \t]*(.*(?:\r?\n[ \t].*)*)/im.exec(headerBlock);
  return match?.[1]
    ? match[1]
        .split(',')
        .map((k) => k.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
    : [];
}
