import {
  MailAddress,
  MailAttachmentInfo,
  MailSnapshot,
  ɵOfficeEmailAddress as OfficeEmailAddress,
  ɵOfficeMessageRead as OfficeMessageRead,
  ThreadHeaders,
} from '@halo-outlook/core';
import { freezeSnapshot } from './freeze-snapshot';

/**
 * Builds the immutable snapshot of an Office read-mode message from its synchronous fields and
 * the threading headers (empty when the host cannot read them).
 */
export function snapshotFromOfficeItem(
  item: OfficeMessageRead,
  headers: ThreadHeaders = { inReplyTo: null, references: [] },
): MailSnapshot {
  const from = address(item.from) ?? address(item.sender) ?? { name: '', address: '' };
  const sender = address(item.sender);
  return freezeSnapshot({
    itemId: item.itemId,
    internetMessageId: item.internetMessageId || null,
    conversationId: item.conversationId || null,
    inReplyTo: headers.inReplyTo,
    references: headers.references,
    subject: item.subject ?? '',
    from,
    sender: sender && sender.address.toLowerCase() !== from.address.toLowerCase() ? sender : null,
    to: (item.to ?? []).map(address).filter((a): a is MailAddress => a !== null),
    cc: (item.cc ?? []).map(address).filter((a): a is MailAddress => a !== null),
    receivedAt: toIso(item.dateTimeCreated),
    attachments: (item.attachments ?? []).map(attachment),
  });
}

function address(value: OfficeEmailAddress | null | undefined): MailAddress | null {
  if (!value?.emailAddress) return null;
  return { name: value.displayName ?? '', address: value.emailAddress };
}

function attachment(
  a: OfficeMessageRead['attachments'][number] & { readonly contentId?: string },
): MailAttachmentInfo {
  const type = String(a.attachmentType).toLowerCase();
  const contentId = a.contentId?.trim().replace(/^<|>$/g, '');
  return {
    id: a.id,
    name: a.name,
    contentType: a.contentType ?? 'application/octet-stream',
    size: a.size ?? 0,
    isInline: Boolean(a.isInline),
    kind: type === 'item' ? 'item' : type === 'cloud' ? 'cloud' : 'file',
    ...(contentId ? { contentId } : {}),
  };
}

function toIso(value: Date | string | undefined): string {
  const date = value instanceof Date ? value : new Date(value ?? 0);
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
}
