import { Injectable, inject } from '@angular/core';
import { type MailSnapshot } from '@halo-outlook/core';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import type { MailContent, MailContentPart } from './mail-content';
import { mailContentUnavailable } from './mail-content-unavailable';
import { ORIGINAL_MESSAGE_FALLBACK } from './original-message-fallback';
import { parseInternetHeaders } from './parse-internet-headers';

/**
 * Gives the {@link MailContent} of an e-mail, read through core's `MailboxPort`. Every read first
 * checks that this e-mail is still the one open (Outlook reads the *selected* item), and each part
 * is read once per e-mail and shared (matchers and log actions of one e-mail ask Outlook once).
 * A part this Outlook cannot give rejects with an `AppError` of kind `office` saying so.
 *
 * @usageNotes
 * ```ts
 * const mail = inject(MailContentSource).for(snapshot);
 * const html = await mail.html();
 * ```
 */
@Injectable({ providedIn: 'root' })
export class MailContentSource {
  private readonly port = inject(MailboxPort);
  private readonly fallback = inject(ORIGINAL_MESSAGE_FALLBACK, { optional: true });
  private readonly cache = new WeakMap<MailSnapshot, MailContent>();

  /** The content of `snapshot`'s e-mail. */
  for(snapshot: MailSnapshot): MailContent {
    let content = this.cache.get(snapshot);
    if (!content) {
      content = this.create(snapshot);
      this.cache.set(snapshot, content);
    }
    return content;
  }

  private create(snapshot: MailSnapshot): MailContent {
    const memo = new Map<string, Promise<unknown>>();
    const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
      let pending = memo.get(key) as Promise<T> | undefined;
      if (!pending) {
        pending = read();
        memo.set(key, pending);
        // A failed read may succeed later (Outlook was busy): do not keep the failure.
        pending.catch(() => memo.delete(key));
      }
      return pending;
    };
    const caps = () => this.port.capabilities;
    const guarded = <T>(part: MailContentPart, supported: boolean, read: () => Promise<T>) => {
      if (!caps().mailbox) return read(); // outside Outlook: the port says why
      if (!supported) return Promise.reject(mailContentUnavailable(part, 'host'));
      if (this.port.item()?.itemId !== snapshot.itemId) {
        return Promise.reject(mailContentUnavailable(part, 'changed'));
      }
      return read();
    };
    return Object.freeze({
      html: () =>
        once('html', () => guarded('html', caps().bodyHtml, () => this.port.getBody('html'))),
      text: () =>
        once('text', () => guarded('text', caps().bodyHtml, () => this.port.getBody('text'))),
      headers: () =>
        once('headers', () =>
          guarded('headers', caps().internetHeaders, async () =>
            parseInternetHeaders(await this.port.getInternetHeaders()),
          ),
        ),
      attachment: (id: string) =>
        once(`attachment:${id}`, () =>
          guarded('attachment', caps().attachmentContent, () => this.port.getAttachmentContent(id)),
        ),
      original: () =>
        once('original', () => {
          if (caps().messageFile || !this.fallback) {
            return guarded('original', caps().messageFile, () => this.port.getMessageFile());
          }
          return this.fallback(snapshot);
        }),
    } satisfies MailContent);
  }
}
