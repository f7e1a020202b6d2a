import { Signal, signal } from '@angular/core';
import { BehaviorSubject, Observable } from 'rxjs';
import {
  AppError,
  DiagnosticsLog,
  MailboxCapabilities,
  MailSnapshot,
  ɵOfficeApi as OfficeApi,
  ɵOfficeAttachmentContent as OfficeAttachmentContent,
  ɵofficeCall as officeCall,
  ɵOfficeMessageRead as OfficeMessageRead,
  ThreadHeaders,
  type MailAttachmentContent,
  type MailUserProfile,
} from '@halo-outlook/core';
import { parseThreadHeaders } from './parse-thread-headers';
import { readMailboxCapabilities } from './office-capabilities';
import type { MailboxPort } from './mailbox-port';
import { addOfficeCategories } from './office-categories';
import { snapshotFromOfficeItem } from './office-snapshot';

/**
 * The mailbox port over Office.js. Reads the selected message into a snapshot (null while it
 * switches), follows `ItemChanged` in a pinned pane, and — because that event is sometimes
 * missed — re-reads when the pane becomes visible or focused again and the item id changed.
 */
export class OfficeMailbox implements MailboxPort {
  private readonly current = signal<MailSnapshot | null>(null);
  private readonly subject = new BehaviorSubject<MailSnapshot | null>(null);
  private readSeq = 0;
  /** The raw internet headers of the item read last, asked of Office once for that item. */
  private headers: { readonly itemId: string; readonly raw: Promise<string> } | null = null;
  private readonly onWake = () => {
    if (this.hostItemId() !== (this.current()?.itemId ?? null)) void this.refresh();
  };

  /** The current email, or null. */
  readonly item: Signal<MailSnapshot | null> = this.current.asReadonly();
  /** The current email as an observable. */
  readonly item$: Observable<MailSnapshot | null> = this.subject.asObservable();
  /** What this Outlook can do. */
  readonly capabilities: MailboxCapabilities;

  constructor(
    private readonly office: OfficeApi,
    private readonly log: DiagnosticsLog,
    private readonly page: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
    private readonly doc: Pick<
      Document,
      'addEventListener' | 'removeEventListener' | 'visibilityState'
    > = document,
  ) {
    this.capabilities = readMailboxCapabilities((name, version) =>
      office.context.requirements.isSetSupported(name, version),
    );
    if (this.capabilities.itemChanged) {
      office.context.mailbox.addHandlerAsync(
        office.EventType.ItemChanged,
        () => void this.refresh(),
        (r) => {
          if (r.status !== 'succeeded')
            this.log.record('mailbox', 'warn', 'ItemChanged handler not registered');
        },
      );
    }
    this.page.addEventListener('focus', this.onWake);
    this.doc.addEventListener('visibilitychange', this.onVisibility);
    void this.refresh();
  }

  /** The Outlook user. */
  userProfile(): MailUserProfile | null {
    const p = this.office.context.mailbox.userProfile;
    return p ? { displayName: p.displayName, emailAddress: p.emailAddress } : null;
  }

  /** Reads the selected item again; null first, then the new snapshot. */
  async refresh(): Promise<void> {
    const seq = ++this.readSeq;
    this.publish(null);
    this.headers = null;
    const item = this.messageItem();
    if (!item) return;
    const headers = await this.readThreadHeaders(item);
    if (seq !== this.readSeq || this.messageItem() !== item) return;
    this.publish(snapshotFromOfficeItem(item, headers));
  }

  /** The body of the current email. */
  async getBody(format: 'html' | 'text'): Promise<string> {
    const item = this.requireItem();
    const coercion =
      format === 'html' ? this.office.CoercionType.Html : this.office.CoercionType.Text;
    return officeCall<string>('read the email body', (cb) => item.body.getAsync(coercion, cb));
  }

  /** An attachment's content (Mailbox 1.8). */
  async getAttachmentContent(attachmentId: string): Promise<MailAttachmentContent> {
    this.require(this.capabilities.attachmentContent, 'read attachments');
    const item = this.requireItem();
    const content = await officeCall<OfficeAttachmentContent>('read the attachment', (cb) =>
      item.getAttachmentContentAsync(attachmentId, cb),
    );
    const format = String(content.format).toLowerCase();
    return {
      format: format === 'eml' || format === 'url' || format === 'icalendar' ? format : 'base64',
      content: content.content,
    };
  }

  /** The whole current email as base64 .eml (Mailbox 1.14). */
  async getMessageFile(): Promise<string> {
    this.require(this.capabilities.messageFile, 'export the whole email');
    const item = this.requireItem();
    return officeCall<string>('read the whole email', (cb) => item.getAsFileAsync(cb));
  }

  /**
   * The current email's internet header block (Mailbox 1.8): the block `refresh` read for
   * threading while that email is current, so Office is asked once per email.
   */
  async getInternetHeaders(): Promise<string> {
    this.require(this.capabilities.internetHeaders, 'read the internet headers');
    const item = this.requireItem();
    const kept = this.headers;
    return kept?.itemId === item.itemId ? kept.raw : this.readRawHeaders(item);
  }

  /** Adds categories to the current email (Mailbox 1.8; master-list names only). */
  async addCategories(names: readonly string[]): Promise<void> {
    this.require(this.capabilities.categories, 'set categories');
    await addOfficeCategories(this.requireItem(), names);
  }

  /** The item's REST id (`convertToRestId`, v2.0), or the id itself where Outlook has no converter. */
  restItemId(itemId: string): string {
    const mailbox = this.office.context.mailbox;
    const version = this.office.MailboxEnums?.RestVersion?.v2_0 ?? 'v2.0';
    if (typeof mailbox.convertToRestId !== 'function') return itemId;
    try {
      return mailbox.convertToRestId(itemId, version);
    } catch (error) {
      this.log.record('mailbox', 'warn', 'convertToRestId failed; using the item id as it is', {
        detail: String(error),
      });
      return itemId;
    }
  }

  /** Removes the page listeners. */
  dispose(): void {
    this.page.removeEventListener('focus', this.onWake);
    this.doc.removeEventListener('visibilitychange', this.onVisibility);
    this.subject.complete();
  }

  private readonly onVisibility = () => {
    if (this.doc.visibilityState === 'visible') this.onWake();
  };

  private publish(snapshot: MailSnapshot | null): void {
    if (snapshot === null && this.current() === null) return;
    this.current.set(snapshot);
    this.subject.next(snapshot);
  }

  /** Asks Office for the item's header block, and keeps the answer for the item (not a failure). */
  private readRawHeaders(item: OfficeMessageRead): Promise<string> {
    const raw = officeCall<string>('read the internet headers', (cb) =>
      item.getAllInternetHeadersAsync(cb),
    );
    const kept = { itemId: item.itemId, raw };
    this.headers = kept;
    raw.catch(() => {
      if (this.headers === kept) this.headers = null;
    });
    return raw;
  }

  private async readThreadHeaders(item: OfficeMessageRead): Promise<ThreadHeaders | undefined> {
    if (!this.capabilities.internetHeaders) return undefined;
    try {
      return parseThreadHeaders(await this.readRawHeaders(item));
    } catch (error) {
      this.log.record(
        'mailbox',
        'warn',
        'Internet headers unavailable; threading by headers is off',
        {
          detail: error instanceof AppError ? (error.detail ?? error.message) : String(error),
        },
      );
      return undefined;
    }
  }

  private messageItem(): OfficeMessageRead | null {
    const item = this.office.context.mailbox.item;
    if (!item) return null;
    return String(item.itemType ?? 'message').toLowerCase() === 'message' ? item : null;
  }

  private hostItemId(): string | null {
    return this.messageItem()?.itemId ?? null;
  }

  private requireItem(): OfficeMessageRead {
    const item = this.messageItem();
    if (item) return item;
    throw new AppError({
      kind: 'not-found',
      message: 'No email is open.',
      action: 'Select an email in Outlook, then try again.',
      retryable: false,
    });
  }

  private require(supported: boolean, what: string): void {
    if (supported) return;
    throw new AppError({
      kind: 'office',
      message: `This version of Outlook cannot ${what}.`,
      action: 'Update Outlook, or use Outlook on the web.',
      retryable: false,
    });
  }
}
