/** A decoded `data:<mime>;base64,<payload>` value. */
export interface DataUri {
  contentType: string;
  /** The base64 payload (normalised). */
  base64: string;
  bytes: number;
}

/**
 * Parses `data_base64` the way Halo accepts it: only a data URI with `;base64,`. Bare base64
 * (or anything else) → undefined, which Halo answers with a `_warning` and stores nothing.
 */
export function parseDataUri(value: string): DataUri | undefined {
  const match = /^data:([^;,]*)((?:;[^;,]*)*);base64,([A-Za-z0-9+/=\s]*)$/.exec(value);
  if (!match) return undefined;
  const payload = (match[3] ?? '').replace(/\s/g, '');
  const buffer = Buffer.from(payload, 'base64');
  return {
    contentType: match[1] || 'application/octet-stream',
    base64: buffer.toString('base64'),
    bytes: buffer.length,
  };
}

/** Halo's warning text for an attachment it could not save. */
export function attachmentWarning(filename: string): string {
  return `Unable to save attachment '${filename}': data_base64 must be a data URI (data:<mime>;base64,<payload>).`;
}
