/**
 * A file to store in Halo. Give the content as base64 (turned into the data URI Halo requires) or
 * as a ready `data:<mime>;base64,…` URI.
 */
export interface NewHaloAttachment {
  /** The file name, shown in Halo. */
  readonly filename: string;
  /** The MIME type (`application/pdf`, `message/rfc822` for an .eml). */
  readonly contentType: string;
  /** The content: base64, or a data URI. */
  readonly content: string;
}
