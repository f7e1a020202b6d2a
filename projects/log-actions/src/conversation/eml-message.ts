import {
  AppError,
  freezeSnapshot,
  type MailAddress,
  type MailAttachmentContent,
  type MailAttachmentInfo,
  type MailContent,
  type MailHeaders,
  type MailSnapshot,
} from '@halo-outlook/sdk';
import type { Address, Attachment, Email } from 'postal-mime';
import { base64InSlices } from '../attachments/base64-in-slices';
import { escapeHtml } from '../email/email-header-block';

/** A message read from its RFC 822 bytes: what the pane knows of it, and its content. */
export interface EmlMessage {
  /** The message as the pane describes an e-mail (its item id is the source's id). */
  readonly snapshot: MailSnapshot;
  /** Its body, headers, attachments and the original bytes, as log actions read them. */
  readonly mail: MailContent;
}

/**
 * Parses an `.eml` (RFC 822 bytes, e.g. Microsoft Graph's `$value`) with postal-mime into the
 * snapshot and content log actions work on, so a message that is not open in Outlook can be
 * logged exactly as an open one: `id` becomes the snapshot's item id, `conversationId` its
 * conversation. Attachment ids are `<id>#<n>`; an image the HTML shows through `cid:` is inline.
 * Rejects with an `AppError` when the bytes are not an e-mail.
 *
 * @usageNotes
 * `const { snapshot, mail } = await readEmlMessage(await source.original(id, signal), id, conversationId);`
 */
export async function readEmlMessage(
  raw: Uint8Array,
  id: string,
  conversationId: string | null,
): Promise<EmlMessage> {
  const { default: PostalMime } = await import('postal-mime');
  let email: Email;
  try {
    email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    throw unreadable(`it is not a readable MIME message (${String(error)})`);
  }
  if (!email.from && !email.subject && !email.messageId) {
    throw unreadable('it has no From, Subject or Message-ID header');
  }
  const html = email.html ?? null;
  const files = email.attachments.map((part, index) => attachmentOf(part, index, id, html));
  const snapshot = freezeSnapshot({
    itemId: id,
    internetMessageId: email.messageId ?? null,
    conversationId,
    inReplyTo: messageIds(email.inReplyTo)[0] ?? null,
    references: messageIds(email.references),
    subject: email.subject ?? '',
    from: first(email.from) ?? { name: '', address: '' },
    sender: email.sender ? first(email.sender) : null,
    to: flatten(email.to),
    cc: flatten(email.cc),
    receivedAt: isoDate(email.date),
    attachments: files.map((f) => f.info),
  });
  const headers: Record<string, string> = {};
  for (const header of email.headers) headers[header.key] ??= header.value;
  const mail: MailContent = {
    html: async () => html ?? textAsHtml(email.text ?? ''),
    text: async () => email.text ?? '',
    headers: async () => headers as MailHeaders,
    attachment: async (attachmentId) => {
      const file = files.find((f) => f.info.id === attachmentId);
      if (!file) throw missingAttachment(attachmentId);
      return file.content();
    },
    original: () => base64InSlices(raw),
  };
  return { snapshot, mail };
}

interface ParsedFile {
  readonly info: MailAttachmentInfo;
  content(): Promise<MailAttachmentContent>;
}

function attachmentOf(
  part: Attachment,
  index: number,
  id: string,
  html: string | null,
): ParsedFile {
  const bytes = bytesOf(part.content);
  const isItem = part.mimeType.toLowerCase() === 'message/rfc822';
  const contentId = (part.contentId ?? '').replace(/^<|>$/g, '');
  return {
    info: {
      id: `${id}#${index}`,
      name: part.filename ?? `attachment-${index + 1}${isItem ? '.eml' : ''}`,
      contentType: part.mimeType,
      size: bytes.byteLength,
      isInline: !!contentId && !!html && html.includes(`cid:${contentId}`),
      ...(contentId ? { contentId } : {}),
      kind: isItem ? 'item' : 'file',
    },
    content: async () => ({ format: 'base64', content: await base64InSlices(bytes) }),
  };
}

function bytesOf(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function messageIds(value: string | undefined): string[] {
  return value?.match(/<[^<>\s]+>/g) ?? [];
}

function flatten(addresses: readonly Address[] | undefined): MailAddress[] {
  return (addresses ?? []).flatMap((a) =>
    a.group ? a.group.map(toAddress) : [toAddress({ name: a.name, address: a.address ?? '' })],
  );
}

function first(address: Address | undefined): MailAddress | null {
  return address ? (flatten([address])[0] ?? null) : null;
}

function toAddress(mailbox: { name: string; address: string }): MailAddress {
  return { name: mailbox.name, address: mailbox.address };
}

function isoDate(value: string | undefined): string {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? new Date(0).toISOString() : new Date(time).toISOString();
}

function textAsHtml(text: string): string {
  return `<pre style="white-space: pre-wrap">${escapeHtml(text)}</pre>`;
}

function unreadable(why: string): AppError {
  return new AppError({
    kind: 'invalid-input',
    message: $localize`:@@log.conversation.unreadable:A message of this conversation could not be read: ${why}:why:.`,
    action: $localize`:@@log.conversation.unreadableAction:Untick it and log the others, or open it in Outlook and log it on its own.`,
  });
}

function missingAttachment(id: string): AppError {
  return new AppError({
    kind: 'not-found',
    message: $localize`:@@log.conversation.noAttachment:The message has no attachment ${id}:id:.`,
    action: $localize`:@@log.conversation.noAttachmentAction:Log the message again from the pane.`,
  });
}
