import { InjectionToken, type Signal } from '@angular/core';
import type { MailAddress, MailSnapshot } from '@halo-outlook/core';

/** One message of an e-mail's conversation, as a {@link ConversationSource} lists it. */
export interface ConversationMessage {
  /** The source's id of the message (for Microsoft Graph, its REST id). */
  readonly id: string;
  /** RFC 5322 Message-ID, with angle brackets, when known. */
  readonly internetMessageId: string | null;
  /** Subject, as sent. */
  readonly subject: string;
  /** The author. */
  readonly from: MailAddress;
  /** When it was received, ISO 8601. */
  readonly receivedAt: string;
  /** Whether it has attachments (inline images may count). */
  readonly hasAttachments: boolean;
}

/**
 * Where the other messages of the current e-mail's conversation come from: Microsoft Graph when the
 * organisation configured Entra and the agent signed in with `Mail.Read`. Office.js cannot list a
 * conversation, so without a source the pane offers nothing that needs one.
 *
 * @usageNotes
 * ```ts
 * { provide: CONVERSATION_SOURCE, useFactory: () => graphConversationSource(inject(EntraSession)) }
 * ```
 */
export interface ConversationSource {
  /** True while the source can answer (for Graph: signed in to Microsoft, `Mail.Read` granted). */
  readonly available: Signal<boolean>;
  /**
   * The messages of `snapshot`'s conversation in this mailbox, oldest first (the current one
   * included). Rejects with an `AppError` that says what happened and what to do.
   */
  messages(snapshot: MailSnapshot, signal: AbortSignal): Promise<readonly ConversationMessage[]>;
  /** One message as RFC 822 bytes (`.eml`), by its {@link ConversationMessage.id}. */
  original(id: string, signal: AbortSignal): Promise<Uint8Array>;
}

/**
 * The {@link ConversationSource} of this pane, when there is one. Optional: inject it with
 * `{ optional: true }`.
 */
export const CONVERSATION_SOURCE = new InjectionToken<ConversationSource>('CONVERSATION_SOURCE');
