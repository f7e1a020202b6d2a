import type { ThreadHeaders } from '@halo-outlook/core';

/**
 * Reads In-Reply-To and References from a message's raw internet headers (as
 * `getAllInternetHeadersAsync` returns them): unfolds continuation lines, matches header names
 * without regard to case, and keeps only well-formed `<id>` tokens.
 *
 * @usageNotes
 * `parseThreadHeaders('In-Reply-To: <a@x>\r\nReferences: <z@x>\r\n <a@x>\r\n')`
 * → `{ inReplyTo: '<a@x>', references: ['<z@x>', '<a@x>'] }`.
 */
export function parseThreadHeaders(raw: string): ThreadHeaders {
  const unfolded = raw.replace(/\r?\n(?=[ \t])/g, '');
  const values = (name: string): string[] =>
    unfolded
      .split(/\r?\n/)
      .filter((line) => line.slice(0, name.length + 1).toLowerCase() === `${name.toLowerCase()}:`)
      .map((line) => line.slice(name.length + 1));
  const ids = (text: string): string[] => text.match(/<[^<>\s]+>/g) ?? [];

  const inReplyTo = values('In-Reply-To').flatMap(ids)[0] ?? null;
  const references = values('References').flatMap(ids);
  return { inReplyTo, references };
}
