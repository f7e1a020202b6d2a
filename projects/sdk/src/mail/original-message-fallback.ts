import { InjectionToken } from '@angular/core';
import type { MailSnapshot } from '@halo-outlook/core';

/**
 * Where the original message comes from when Outlook cannot export it (getAsFileAsync needs
 * Mailbox 1.14): an optional reader of the message's MIME as base64, for example Microsoft
 * Graph's `GET /me/messages/{id}/$value` when the organisation's Entra feature is on. Without one,
 * `mail.original()` rejects on such an Outlook.
 *
 * @usageNotes
 * ```ts
 * { provide: ORIGINAL_MESSAGE_FALLBACK, useFactory: () => {
 *     const graph = inject(GraphMail);
 *     return (snapshot: MailSnapshot) => graph.mimeAsBase64(snapshot.itemId);
 * } }
 * ```
 */
export const ORIGINAL_MESSAGE_FALLBACK = new InjectionToken<
  (snapshot: MailSnapshot) => Promise<string>
>('ORIGINAL_MESSAGE_FALLBACK');
