import { Signal, signal } from '@angular/core';
import { BehaviorSubject, Observable } from 'rxjs';
import {
  AppError,
  MailboxCapabilities,
  MailSnapshot,
  type MailAttachmentContent,
  type MailUserProfile,
} from '@halo-outlook/core';
import { NO_MAILBOX_CAPABILITIES } from './no-mailbox-capabilities';
import type { MailboxPort } from './mailbox-port';

/** The mailbox port in a plain browser: no email, no capabilities. */
export class NoMailbox implements MailboxPort {
  /** Always null. */
  readonly item: Signal<MailSnapshot | null> = signal(null).asReadonly();
  /** Always null. */
  readonly item$: Observable<MailSnapshot | null> = new BehaviorSubject(null).asObservable();
  /** None. */
  readonly capabilities: MailboxCapabilities = NO_MAILBOX_CAPABILITIES;

  /** No Outlook user. */
  userProfile(): MailUserProfile | null {
    return null;
  }

  /** Rejects: there is no email. */
  getBody(): Promise<string> {
    return Promise.reject(outsideOutlook());
  }

  /** Rejects: there is no email. */
  getAttachmentContent(): Promise<MailAttachmentContent> {
    return Promise.reject(outsideOutlook());
  }

  /** Rejects: there is no email. */
  getMessageFile(): Promise<string> {
    return Promise.reject(outsideOutlook());
  }

  /** Rejects: there is no email. */
  getInternetHeaders(): Promise<string> {
    return Promise.reject(outsideOutlook());
  }

  /** Rejects: there is no email. */
  addCategories(): Promise<void> {
    return Promise.reject(outsideOutlook());
  }

  /** Nothing to read. */
  async refresh(): Promise<void> {
    // No host, no item.
  }

  /** No host to convert with: the id as it is. */
  restItemId(itemId: string): string {
    return itemId;
  }
}

function outsideOutlook(): AppError {
  return new AppError({
    kind: 'office',
    message: 'The add-in is not running inside Outlook, so there is no email to read.',
    action: 'Open the add-in from an email in Outlook.',
    retryable: false,
  });
}
