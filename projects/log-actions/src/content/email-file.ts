/** A file of the e-mail ready to upload to Halo. */
export interface EmailFile {
  /** The part id: the attachment id, or `original` for the whole message. */
  readonly id: string;
  /** The file name shown in Halo. */
  readonly name: string;
  /** Its MIME type (`message/rfc822` for an e-mail). */
  readonly contentType: string;
  /** The content, base64. */
  readonly base64: string;
  /** Its size in bytes. */
  readonly size: number;
}

/** The part id of the original message. */
export const ORIGINAL_PART = 'original';

/**
 * A file name made from a subject: characters Windows and Halo refuse replaced, at most 80
 * characters, `email` when nothing is left.
 *
 * @usageNotes
 * `emlFileName('RE: Printer / scanner?')` → `'RE Printer scanner.eml'`
 */
export function emlFileName(subject: string): string {
  const base = subject
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return `${base || 'email'}.eml`;
}
