/** An attachment's content, as the host gives it. */
export interface MailAttachmentContent {
  /** `base64` for files, `eml` for attached emails, `url` for cloud links, `icalendar` for invites. */
  readonly format: 'base64' | 'eml' | 'url' | 'icalendar';
  /** The content in that format. */
  readonly content: string;
}
