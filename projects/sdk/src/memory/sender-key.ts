import type { MailSnapshot } from '@halo-outlook/core';

/**
 * The key under which a sender's picture and remembered choices are kept: the author's address,
 * trimmed and in lower case (`Alice.Carter@Contoso.example` → `alice.carter@contoso.example`).
 *
 * @usageNotes
 * `await context.choices.recall(senderKey(context.snapshot))`.
 */
export function senderKey(snapshot: MailSnapshot): string {
  return snapshot.from.address.trim().toLowerCase();
}
