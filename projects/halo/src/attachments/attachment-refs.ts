import { toDataUri } from './data-uri';
import type { NewHaloAttachment } from './new-attachment';

/**
 * The `attachments` array of a ticket or action write: uploaded attachments by id, new files inline
 * (`{ filename, data_base64 }` with a data URI). `undefined` when there are none.
 */
export function attachmentRefs(
  ids: readonly number[] = [],
  files: readonly NewHaloAttachment[] = [],
): object[] | undefined {
  const refs = [
    ...ids.map((id) => ({ id })),
    ...files.map((f) => ({
      filename: f.filename,
      data_base64: toDataUri(f.contentType, f.content),
    })),
  ];
  return refs.length === 0 ? undefined : refs;
}
