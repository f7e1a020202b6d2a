/**
 * The content of a file as the data URI Halo requires in `data_base64`
 * (`data:<mime>;base64,<payload>`): Halo answers bare base64 with a `_warning` and stores nothing.
 * Content that already is a data URI is kept; whitespace in base64 is removed.
 */
export function toDataUri(contentType: string, content: string): string {
  const trimmed = content.trim();
  if (/^data:[^,]*;base64,/i.test(trimmed)) return trimmed;
  const mime = contentType.trim() === '' ? 'application/octet-stream' : contentType.trim();
  return `data:${mime};base64,${trimmed.replace(/\s+/g, '')}`;
}
