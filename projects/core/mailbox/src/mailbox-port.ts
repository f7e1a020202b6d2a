import { DestroyRef, Injectable, Signal, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  DiagnosticsLog,
  type MailAttachmentContent,
  type MailboxCapabilities,
  type MailSnapshot,
  type MailUserProfile,
  ɵOFFICE as OFFICE,
} from '@halo-outlook/core';
import { NoMailbox } from './no-mailbox';
import { OfficeMailbox } from './office-mailbox';

/**
 * The mailbox port: the current email as an immutable {@link MailSnapshot} (a signal and an
 * observable; null while Outlook switches items or when nothing is selected), its body and
 * attachments on demand, and what this Outlook can do. Inside Office it is the Office adapter; in
 * a plain browser a mailbox with no item. Nothing above core touches `Office`.
 *
 * @usageNotes
 * ```ts
 * const mailbox = inject(MailboxPort);
 * effect(() => console.log(mailbox.item()?.subject));
 * if (mailbox.capabilities.messageFile) eml = await mailbox.getMessageFile();
 * if (mailbox.capabilities.categories) await mailbox.addCategories(['Halo #1042']);
 * const graphId = mailbox.restItemId(snapshot.itemId); // for Microsoft Graph
 * ```
 */
@Injectable({ providedIn: 'root', useFactory: () => createMailboxPort() })
export abstract class MailboxPort {
  /** The current email, or null. */
  abstract readonly item: Signal<MailSnapshot | null>;
  /** The same, as an observable (replays the current value). */
  abstract readonly item$: Observable<MailSnapshot | null>;
  /** What this Outlook can do. */
  abstract readonly capabilities: MailboxCapabilities;
  /** The Outlook user, or null outside Outlook. */
  abstract userProfile(): MailUserProfile | null;
  /** The current email's body; rejects with an `AppError` when no email is open. */
  abstract getBody(format: 'html' | 'text'): Promise<string>;
  /** An attachment's content (Mailbox 1.8); rejects with an `AppError` when not possible. */
  abstract getAttachmentContent(attachmentId: string): Promise<MailAttachmentContent>;
  /** The whole current email as base64 .eml (Mailbox 1.14); rejects when not supported. */
  abstract getMessageFile(): Promise<string>;
  /**
   * The current email's internet header block, as sent (Mailbox 1.8); rejects with an `AppError`
   * when not supported. `parseInternetHeaders` turns it into a record.
   */
  abstract getInternetHeaders(): Promise<string>;
  /**
   * Adds Outlook categories to the current email (Mailbox 1.8, ReadWriteItem). Outlook accepts only
   * names in the mailbox's master category list: any other rejects with an `AppError` of kind
   * `invalid-input`; an Outlook without categories rejects with kind `office`.
   */
  abstract addCategories(names: readonly string[]): Promise<void>;
  /** Reads the current item again (the missed-event fallback calls it when the id changed). */
  abstract refresh(): Promise<void>;

  /**
   * The id Microsoft Graph knows an item by (`/me/messages/{id}`), from the host's item id
   * (`MailSnapshot.itemId`). Outlook on the desktop and on the web gives EWS ids, which it
   * converts (`convertToRestId`, Mailbox 1.3); where it has no converter (mobile, outside Outlook)
   * the item id is already the REST id and is returned as it is.
   */
  restItemId(itemId: string): string {
    return itemId;
  }
}

function createMailboxPort(): MailboxPort {
  const office = inject(OFFICE);
  if (!office) return new NoMailbox();
  const mailbox = new OfficeMailbox(office, inject(DiagnosticsLog));
  inject(DestroyRef).onDestroy(() => mailbox.dispose());
  return mailbox;
}
