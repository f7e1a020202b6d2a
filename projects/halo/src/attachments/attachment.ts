import type { RawRecord } from '../parsing/read-field';
import { readNumberField, readRef, readText } from '../parsing/read-field';

/** A Halo attachment, as returned by an upload or with a ticket/action write. */
export interface HaloAttachment {
  /** The attachment id; `null` when Halo did not store it (it answers `id: 0`). */
  readonly id: number | null;
  /** True when Halo stored the file (a positive id and no `_warning`). */
  readonly stored: boolean;
  /** The file name. */
  readonly filename: string | null;
  /** The MIME type Halo recorded. */
  readonly contentType: string | null;
  /** Size in bytes, when sent. */
  readonly fileSize: number | null;
  /** The ticket it is attached to. */
  readonly ticketId: number | null;
  /** The action it is attached to. */
  readonly actionId: number | null;
  /** Halo's warning when it did not store the file (`_warning`). */
  readonly warning: string | null;
}

/** Parses one attachment object; an attachment without a positive id is reported as not stored. */
export function parseAttachment(raw: RawRecord): HaloAttachment {
  const id = readRef(raw, 'id');
  const warning = readText(raw, '_warning');
  return {
    id,
    stored: id !== null && warning === null,
    filename: readText(raw, 'filename', 'name'),
    contentType: readText(raw, 'content_type', 'contenttype'),
    fileSize: readNumberField(raw, 'filesize', 'file_size'),
    ticketId: readRef(raw, 'ticket_id'),
    actionId: readRef(raw, 'action_id'),
    warning,
  };
}
