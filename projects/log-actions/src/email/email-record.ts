import type { MailAddress, MailSnapshot, NewHaloAction } from '@halo-outlook/sdk';

/**
 * The e-mail as Halo records it on an action: sender, recipients, subject and the threading
 * headers (Message-ID, In-Reply-To, References), which the data layer writes in both spellings
 * the reference lists (`internet_message_id` and `internetmessageid`). Addresses are joined with
 * `; ` as Outlook writes them.
 *
 * @usageNotes
 * `{ ticketId, noteHtml, email: emailRecord(snapshot) }`
 */
export function emailRecord(snapshot: MailSnapshot): NonNullable<NewHaloAction['email']> {
  const list = (addresses: readonly MailAddress[]) => addresses.map((a) => a.address).join('; ');
  return {
    from: snapshot.from.address,
    to: list(snapshot.to),
    cc: list(snapshot.cc),
    subject: snapshot.subject,
    ...(snapshot.internetMessageId ? { internetMessageId: snapshot.internetMessageId } : {}),
    ...(snapshot.inReplyTo ? { inReplyTo: snapshot.inReplyTo } : {}),
    ...(snapshot.references.length ? { references: snapshot.references.join(' ') } : {}),
  };
}
