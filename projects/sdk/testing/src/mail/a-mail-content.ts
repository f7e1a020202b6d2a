import {
  type MailAttachmentContent,
  type MailContent,
  type MailHeaders,
  mailContentUnavailable,
} from '@halo-outlook/sdk';

/** The content a test e-mail has; each part left out is one the host cannot give. */
export interface MailContentFixture {
  /** The HTML body (the text body is derived from it when `text` is left out). */
  readonly html?: string;
  /** The text body (an HTML body is derived from it when `html` is left out). */
  readonly text?: string;
  /** The internet headers, by any-case name. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Attachment content by attachment id; give a string for base64 content. */
  readonly attachments?: Readonly<Record<string, MailAttachmentContent | string>>;
  /** The original message as base64 `.eml`. */
  readonly original?: string;
}

/** A {@link MailContent} for tests that also counts the reads of each part. */
export interface FakeMailContent extends MailContent {
  /** How many times each part was read (`html`, `attachment:<id>`…). */
  readonly reads: ReadonlyMap<string, number>;
}

/**
 * Builds the e-mail content a plugin reads through `context.mail`, for a test. A part not given
 * rejects with the `AppError` a host that cannot give it would raise (kind `office`), so a test
 * without content checks that the plugin carries on without it.
 *
 * @usageNotes
 * ```ts
 * const mail = aMailContent({ text: 'Device: HARB-FS01', headers: { 'Auto-Submitted': 'auto-generated' } });
 * await runMatcher(myMatcher, aMailSnapshot(), { mail });
 * ```
 */
export function aMailContent(fixture: MailContentFixture = {}): FakeMailContent {
  const reads = new Map<string, number>();
  const count = (key: string) => reads.set(key, (reads.get(key) ?? 0) + 1);
  const html = fixture.html ?? (fixture.text === undefined ? undefined : textToHtml(fixture.text));
  const text = fixture.text ?? (fixture.html === undefined ? undefined : htmlToText(fixture.html));
  const answer = <T>(
    key: string,
    part: Parameters<typeof mailContentUnavailable>[0],
    value: T | undefined,
  ) => {
    count(key);
    return new Promise<T>((resolve, reject) =>
      // Asynchronous, as a host is.
      queueMicrotask(() =>
        value === undefined ? reject(mailContentUnavailable(part, 'host')) : resolve(value),
      ),
    );
  };
  const headers: MailHeaders | undefined =
    fixture.headers &&
    Object.freeze(
      Object.fromEntries(
        Object.entries(fixture.headers).map(([name, value]) => [name.toLowerCase(), value]),
      ),
    );
  return {
    reads,
    html: () => answer('html', 'html', html),
    text: () => answer('text', 'text', text),
    headers: () => answer('headers', 'headers', headers),
    attachment: (id) => {
      const given = fixture.attachments?.[id];
      const content: MailAttachmentContent | undefined =
        typeof given === 'string' ? { format: 'base64', content: given } : given;
      return answer(`attachment:${id}`, 'attachment', content);
    },
    original: () => answer('original', 'original', fixture.original),
  };
}

function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<p>${escaped.replace(/\r?\n/g, '<br>')}</p>`;
}

function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.body.textContent ?? '').trim();
}
