import { haloLocal } from '../http/halo-date.js';
import type { AttachmentRecord } from '../store/records.js';

/** An attachment's metadata as Halo returns it (no bytes; download with `GET /Attachment/{id}`). */
export function attachmentView(a: AttachmentRecord): Record<string, unknown> {
  return {
    id: a.id,
    filename: a.filename,
    content_type: a.content_type,
    filesize: a.filesize,
    desc: a.desc,
    isimage: a.isimage,
    data: null,
    ticket_id: a.ticket_id,
    action_id: a.action_id,
    agent_id: a.agent_id,
    user_id: 0,
    guid: a.guid,
    datecreated: haloLocal(a.datecreated),
    showforusers: true,
  };
}
