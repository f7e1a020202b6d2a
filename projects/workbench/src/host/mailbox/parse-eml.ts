import PostalMime, { type Address, type Email } from 'postal-mime';
import type {
  WorkbenchAddress,
  WorkbenchAttachment,
  WorkbenchMessage,
} from '../../host-contract/workbench-host';
import { attachmentIdFor, conversationIdFor, itemIdFor } from './mailbox-ids';

/** Properties the mailbox keeps beside the MIME (as Exchange does). */
export interface StoredProperties {
  /** Outlook's conversation id, when the mailbox index fixes it (e.g. to match Halo's records). */
  readonly conversationId?: string;
}

/** A file that is not an email the workbench can show. */
export class EmlParseError extends Error {
  override readonly name = 'EmlParseError';
}

function flatten(addresses: readonly Address[] | undefined): WorkbenchAddress[] {
  return (addresses ?? []).flatMap((a) =>
    'group' in a && a.group
      ? a.group.map((m) => ({ name: m.name, address: m.address }))
      : [{ name: a.name, address: a.address ?? '' }],
  );
}

function single(address: Address | undefined): WorkbenchAddress | null {
  return flatten(address ? [address] : [])[0] ?? null;
}

/** The header section exactly as in the file (up to the first empty line). */
function headerBlockOf(raw: Uint8Array): string {
  const text = new TextDecoder('latin1').decode(raw.subarray(0, Math.min(raw.length, 262_144)));
  const end = text.search(/\r?\n\r?\n/);
  return end < 0 ? text : text.slice(0, end + (text[end] === '\r' ? 2 : 1));
}

function messageIds(value: string | undefined): string[] {
  return value?.match(/<[^<>\s]+>/g) ?? [];
}

function bytesOf(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/**
 * Parses an `.eml` file with postal-mime into a mailbox message: addresses, ids, bodies and
 * attachments as Outlook would report them (an attached message is an `item` attachment named by
 * its subject; an image the HTML shows through `cid:` is inline).
 */
export async function parseEml(
  key: string,
  raw: Uint8Array,
  stored: StoredProperties = {},
): Promise<WorkbenchMessage> {
  let email: Email;
  try {
    email = await PostalMime.parse(raw, {
      forceRfc822Attachments: true,
      attachmentEncoding: 'arraybuffer',
    });
  } catch (error) {
    throw new EmlParseError(`${key} is not a readable MIME message (${String(error)}).`);
  }
  if (!email.from && !email.subject && !email.messageId) {
    throw new EmlParseError(
      `${key} has no From, Subject or Message-ID header: it is not an email.`,
    );
  }
  const itemId = await itemIdFor(raw);
  const references = messageIds(email.references);
  const inReplyTo = messageIds(email.inReplyTo)[0];
  const root = references[0] ?? inReplyTo ?? email.messageId ?? `${key}:${email.subject ?? ''}`;
  const html = email.html ?? null;
  const attachments: WorkbenchAttachment[] = [];
  for (const [index, part] of email.attachments.entries()) {
    const content = bytesOf(part.content);
    const isItem = part.mimeType.toLowerCase() === 'message/rfc822';
    const contentId = (part.contentId ?? '').replace(/^<|>$/g, '');
    const name = isItem
      ? ((await PostalMime.parse(content)).subject ?? part.filename ?? 'Attached message')
      : (part.filename ?? `attachment-${index + 1}`);
    attachments.push({
      id: await attachmentIdFor(itemId, index),
      name,
      contentType: part.mimeType,
      size: content.byteLength,
      attachmentType: isItem ? 'item' : 'file',
      isInline: !!contentId && !!html && html.includes(`cid:${contentId}`),
      contentId,
      content,
    });
  }
  const date =
    email.date && !Number.isNaN(Date.parse(email.date)) ? email.date : new Date().toISOString();
  const from = single(email.from);
  return {
    key,
    itemId,
    conversationId: stored.conversationId ?? (await conversationIdFor(root)),
    raw,
    headerBlock: headerBlockOf(raw),
    internetMessageId: email.messageId ?? null,
    subject: email.subject ?? '',
    from,
    sender: single(email.sender) ?? from,
    to: flatten(email.to),
    cc: flatten(email.cc),
    date: new Date(date).toISOString(),
    html,
    text: email.text ?? null,
    attachments,
  };
}
