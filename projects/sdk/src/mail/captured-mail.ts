import type { MailAttachmentContent } from '@halo-outlook/core';
import type { MailContent, MailHeaders } from './mail-content';
import { mailContentUnavailable } from './mail-content-unavailable';

/**
 * The parts of an e-mail a log action read, kept with a queued request so that a replay reads the
 * same content when the e-mail is no longer open. Plain data (stored in device storage).
 */
export interface CapturedMail {
  /** The HTML body, when it was read. */
  readonly html?: string;
  /** The text body, when it was read. */
  readonly text?: string;
  /** The headers, when they were read. */
  readonly headers?: MailHeaders;
  /** Attachment content by attachment id, for those read. */
  readonly attachments?: Readonly<Record<string, MailAttachmentContent>>;
  /** The original message (base64 `.eml`), when it was read. */
  readonly original?: string;
}

/** A {@link MailContent} that keeps what it reads, so it can be stored with a queued request. */
export interface RecordingMailContent extends MailContent {
  /** Everything read successfully so far (with what it started from). */
  captured(): CapturedMail;
}

/**
 * Wraps `source` so that every part read is kept: `captured()` returns them. Parts already in
 * `start` (a replayed request) are answered from it without asking `source`.
 *
 * @usageNotes
 * ```ts
 * const mail = recordMailContent(inject(MailContentSource).for(snapshot));
 * await action.run({ ...context, mail }, input);
 * await outbox.keep(id, mail.captured());
 * ```
 */
export function recordMailContent(
  source: MailContent | null,
  start: CapturedMail = {},
): RecordingMailContent {
  const kept: {
    html?: string;
    text?: string;
    headers?: MailHeaders;
    original?: string;
    attachments: Record<string, MailAttachmentContent>;
  } = { ...start, attachments: { ...start.attachments } };
  const read = <T>(
    known: T | undefined,
    part: Parameters<typeof mailContentUnavailable>[0],
    fetch: (s: MailContent) => Promise<T>,
    keep: (value: T) => void,
  ): Promise<T> => {
    if (known !== undefined) return Promise.resolve(known);
    if (!source) return Promise.reject(mailContentUnavailable(part, 'not-kept'));
    return fetch(source).then((value) => {
      keep(value);
      return value;
    });
  };
  return {
    html: () =>
      read(
        kept.html,
        'html',
        (s) => s.html(),
        (v) => (kept.html = v),
      ),
    text: () =>
      read(
        kept.text,
        'text',
        (s) => s.text(),
        (v) => (kept.text = v),
      ),
    headers: () =>
      read(
        kept.headers,
        'headers',
        (s) => s.headers(),
        (v) => (kept.headers = v),
      ),
    attachment: (id) =>
      read(
        kept.attachments[id],
        'attachment',
        (s) => s.attachment(id),
        (v) => (kept.attachments[id] = v),
      ),
    original: () =>
      read(
        kept.original,
        'original',
        (s) => s.original(),
        (v) => (kept.original = v),
      ),
    captured: () => ({ ...kept, attachments: { ...kept.attachments } }),
  };
}
