import type { MailAttachmentInfo, MailSnapshot } from '@halo-outlook/sdk';

/** An attachment the agent may choose to log. */
export interface AttachableFile {
  /** The snapshot's attachment id. */
  readonly id: string;
  /** The file name. */
  readonly name: string;
  /** Its size in bytes, as Outlook reports it. */
  readonly size: number;
  /** False for a cloud file (Outlook gives only a link): shown, not selectable. */
  readonly uploadable: boolean;
}

/**
 * The e-mail's attachments an agent chooses from: files and attached e-mails, in the e-mail's
 * order. Inline images are not listed: they are embedded in the body.
 *
 * @usageNotes
 * `attachableFiles(host.snapshot())`
 */
export function attachableFiles(snapshot: MailSnapshot): readonly AttachableFile[] {
  return snapshot.attachments
    .filter((a: MailAttachmentInfo) => !a.isInline)
    .map((a) => ({ id: a.id, name: a.name, size: a.size, uploadable: a.kind !== 'cloud' }));
}

/**
 * About how big the original message is (the .eml carries every attachment in base64, a third
 * larger), for the size check before the real size is known.
 *
 * @usageNotes
 * `{ id: 'original', name: 'message.eml', size: estimatedOriginalBytes(snapshot) }`
 */
export function estimatedOriginalBytes(snapshot: MailSnapshot): number {
  const attachments = snapshot.attachments.reduce((sum, a) => sum + a.size, 0);
  return Math.ceil(attachments * 1.37) + 64 * 1024;
}
