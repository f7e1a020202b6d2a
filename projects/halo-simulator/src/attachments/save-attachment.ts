import { randomUUID } from 'node:crypto';
import { badRequest } from '../http/halo-http-error.js';
import { boolField, numberField, stringField, type WriteItem } from '../http/write-body.js';
import type { HaloStore } from '../store/halo-store.js';
import type { AttachmentRecord } from '../store/records.js';
import { attachmentWarning, parseDataUri } from './data-uri.js';

/** Where a new attachment belongs. */
export interface AttachmentOwner {
  ticketId: number;
  actionId: number;
  agentId: number;
}

/** Result of saving one attachment: the stored record, or a warning and nothing stored. */
export type SavedAttachment =
  | { record: AttachmentRecord; warning?: undefined }
  | { record?: undefined; warning: string; filename: string };

/**
 * Stores one `{ filename, data_base64 }` (400 when either is missing). A value that is not a data
 * URI stores nothing and returns Halo's warning instead.
 */
export function saveAttachment(
  store: HaloStore,
  item: WriteItem,
  owner: AttachmentOwner,
): SavedAttachment {
  const filename = stringField(item, 'filename');
  if (!filename) throw badRequest('Attachment filename is required');
  const raw = stringField(item, 'data_base64');
  if (raw === undefined) throw badRequest('Attachment data_base64 is required');
  const parsed = parseDataUri(raw);
  if (!parsed) return { warning: attachmentWarning(filename), filename };
  const record: AttachmentRecord = {
    id: store.nextId('attachment'),
    filename,
    content_type: parsed.contentType,
    filesize: parsed.bytes,
    desc: stringField(item, 'desc') ?? filename,
    isimage: boolField(item, 'isimage') ?? parsed.contentType.startsWith('image/'),
    ticket_id: owner.ticketId,
    action_id: owner.actionId,
    agent_id: owner.agentId,
    guid: randomUUID(),
    datecreated: new Date().toISOString(),
    data: parsed.base64,
  };
  store.data.attachments.push(record);
  return { record };
}

/** Result of an `attachments` array on a ticket or action write. */
export interface AttachmentLinks {
  /** `{ id, filename }` per entry; id 0 where nothing could be stored. */
  refs: { id: number; filename: string }[];
  warnings: string[];
}

/**
 * Handles `attachments: [{ id }]` (link an earlier upload to the ticket/action) and
 * `attachments: [{ filename, data_base64 }]` (inline upload; bare base64 → warning, id 0).
 */
export function linkAttachments(
  store: HaloStore,
  value: unknown,
  owner: AttachmentOwner,
): AttachmentLinks {
  const links: AttachmentLinks = { refs: [], warnings: [] };
  if (value === undefined || value === null) return links;
  if (!Array.isArray(value)) throw badRequest('attachments must be an array');
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null)
      throw badRequest('attachments must contain objects');
    const item = entry as WriteItem;
    const id = numberField(item, 'id');
    if (id !== undefined && id > 0) {
      const existing = store.data.attachments.find((a) => a.id === id);
      if (!existing) throw badRequest(`Attachment ${id} does not exist`);
      existing.ticket_id = owner.ticketId;
      if (owner.actionId) existing.action_id = owner.actionId;
      links.refs.push({ id: existing.id, filename: existing.filename });
      continue;
    }
    const saved = saveAttachment(store, item, owner);
    if (saved.record) links.refs.push({ id: saved.record.id, filename: saved.record.filename });
    else {
      links.refs.push({ id: 0, filename: saved.filename });
      links.warnings.push(saved.warning);
    }
  }
  return links;
}
