import { signal } from '@angular/core';
import {
  AppError,
  type MailAttachmentContent,
  type MailboxCapabilities,
  type MailSnapshot,
  type MailUserProfile,
} from '@halo-outlook/core';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { BehaviorSubject } from 'rxjs';

/** Capabilities of a current Outlook (Mailbox 1.14). */
export const ALL_CAPABILITIES: MailboxCapabilities = {
  mailbox: true,
  bodyHtml: true,
  itemChanged: true,
  internetHeaders: true,
  categories: true,
  attachmentContent: true,
  messageFile: true,
};

/** What a {@link FakeMailbox} answers for the open e-mail. */
export interface FakeMailboxContent {
  html?: string;
  text?: string;
  headers?: string;
  attachments?: Record<string, MailAttachmentContent>;
  original?: string;
}

/** A mailbox port for sdk specs: an open item, configurable capabilities, counted reads. */
export class FakeMailbox extends MailboxPort {
  readonly current = signal<MailSnapshot | null>(null);
  readonly item = this.current.asReadonly();
  readonly item$ = new BehaviorSubject<MailSnapshot | null>(null);
  readonly reads: string[] = [];
  readonly categories: string[][] = [];
  masterCategories: string[] | null = null;

  constructor(
    public capabilities: MailboxCapabilities = ALL_CAPABILITIES,
    public content: FakeMailboxContent = {},
  ) {
    super();
  }

  open(snapshot: MailSnapshot | null): void {
    this.current.set(snapshot);
    this.item$.next(snapshot);
  }

  userProfile(): MailUserProfile | null {
    return { displayName: 'Alex Morgan', emailAddress: 'alex.morgan@msp.example' };
  }

  getBody(format: 'html' | 'text'): Promise<string> {
    return this.answer(format, format === 'html' ? this.content.html : this.content.text);
  }

  getAttachmentContent(id: string): Promise<MailAttachmentContent> {
    return this.answer(`attachment:${id}`, this.content.attachments?.[id]);
  }

  getMessageFile(): Promise<string> {
    return this.answer('original', this.content.original);
  }

  getInternetHeaders(): Promise<string> {
    return this.answer('headers', this.content.headers);
  }

  async addCategories(names: readonly string[]): Promise<void> {
    this.reads.push('categories');
    if (this.masterCategories && names.some((n) => !this.masterCategories?.includes(n))) {
      throw new AppError({
        kind: 'invalid-input',
        message: `Outlook has no category ${names.join(', ')} in its master list.`,
        action: 'Create it.',
      });
    }
    this.categories.push([...names]);
  }

  async refresh(): Promise<void> {
    // Nothing to read.
  }

  private answer<T>(key: string, value: T | undefined): Promise<T> {
    this.reads.push(key);
    return value === undefined
      ? Promise.reject(new AppError({ kind: 'office', message: `no ${key}`, action: 'none' }))
      : Promise.resolve(value);
  }
}

/** Lets pending promise callbacks run. */
export async function flushPromises(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}
