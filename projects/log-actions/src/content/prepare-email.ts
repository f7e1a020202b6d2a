import {
  type LogActionContext,
  type LogPart,
  type MailAttachmentInfo,
  toDataUri,
} from '@halo-outlook/sdk';
import { type AttachmentLimits, base64Bytes, formatBytes } from '../attachments/attachment-limits';
import { base64InSlices } from '../attachments/base64-in-slices';
import { escapeHtml } from '../email/email-header-block';
import { sanitizeEmailHtml } from '@halo-outlook/log-actions/email';
import type { ContentChoice } from './content-choice';
import { type EmailFile, emlFileName, ORIGINAL_PART } from './email-file';

/** The e-mail made ready for Halo: a safe body and the files to upload. */
export interface PreparedEmail {
  /** The sanitised body (inline images embedded), or a line saying it could not be read. */
  readonly html: string;
  /** The files to upload, in order. */
  readonly files: readonly EmailFile[];
  /**
   * Files that will not be uploaded, with why: `skipped` (too big, a cloud link) or `failed`
   * (Outlook could not give it: a retry reads it again).
   */
  readonly skipped: readonly LogPart[];
}

/** The User Timing measure covering {@link prepareEmail}. */
export const PREPARE_MEASURE = 'halo-outlook:prepare';

/**
 * Reads what the agent chose from the e-mail, through `context.mail`, and makes it ready for
 * Halo, before anything is written: the body sanitised (inline `cid:` images embedded as data
 * URIs, quoted history and remote images as chosen), each chosen attachment as base64 (an
 * attached e-mail or invitation Outlook gives as text is encoded in slices, off the critical
 * path of the main thread), and the original message. Files over `limits` are skipped with a
 * message saying so; so is what Outlook cannot give.
 *
 * @usageNotes
 * `const email = await prepareEmail(context, input, limits);`
 */
export async function prepareEmail(
  context: LogActionContext,
  choice: ContentChoice,
  limits: AttachmentLimits,
): Promise<PreparedEmail> {
  const { snapshot, mail } = context;
  // A User Timing measure (`halo-outlook:prepare`) lets benchmarks and the browser's profiler find
  // this phase: reading the e-mail and making its files ready.
  const started = performance.now();
  const body = await readBody(context);
  const inline = /cid:/i.test(body) ? await inlineImages(context) : new Map<string, string>();
  const html = sanitizeEmailHtml(body, {
    remoteImages: choice.remoteImages,
    trimQuotedHistory: choice.trimQuotedHistory,
    inlineImages: inline,
  }).html;

  const files: EmailFile[] = [];
  const skipped: LogPart[] = [];
  let total = 0;
  const take = (file: EmailFile) => {
    if (file.size > limits.maxFileBytes) {
      skipped.push(
        skip(
          file.id,
          file.name,
          $localize`:@@log.skip.tooBig:${file.name}:name: is ${formatBytes(file.size)}:size:, over the ${formatBytes(limits.maxFileBytes)}:limit: the add-in sends. Attach it in Halo.`,
        ),
      );
    } else if (total + file.size > limits.maxTotalBytes) {
      skipped.push(
        skip(
          file.id,
          file.name,
          $localize`:@@log.skip.total:${file.name}:name: would take this email over the ${formatBytes(limits.maxTotalBytes)}:limit: the add-in sends. Attach it in Halo.`,
        ),
      );
    } else {
      total += file.size;
      files.push(file);
    }
  };

  for (const id of choice.attachmentIds) {
    const info = snapshot.attachments.find((a) => a.id === id);
    if (!info) continue;
    if (info.kind === 'cloud') {
      skipped.push(
        skip(
          id,
          info.name,
          $localize`:@@log.skip.cloud:${info.name}:name: is a cloud file: Outlook gives only a link to it. Share the link in Halo.`,
        ),
      );
      continue;
    }
    try {
      take(await attachmentFile(context, info));
    } catch (error) {
      skipped.push(unread(id, info.name, error));
    }
  }
  if (choice.includeOriginal) {
    const name = emlFileName(snapshot.subject);
    try {
      const base64 = await mail.original();
      take({
        id: ORIGINAL_PART,
        name,
        contentType: 'message/rfc822',
        base64,
        size: base64Bytes(base64),
      });
    } catch (error) {
      skipped.push(unread(ORIGINAL_PART, name, error));
    }
  }
  performance.measure(PREPARE_MEASURE, { start: started, end: performance.now() });
  return { html, files, skipped };
}

async function readBody({ mail }: LogActionContext): Promise<string> {
  try {
    return await mail.html();
  } catch {
    try {
      const text = await mail.text();
      return `<div style="white-space:pre-wrap">${escapeHtml(text)}</div>`;
    } catch (error) {
      return `<p><i>${escapeHtml($localize`:@@log.body.unreadable:The body could not be read from Outlook: ${reason(error)}:reason:`)}</i></p>`;
    }
  }
}

/** The inline images, by lower-case Content-ID and by file name, as data URIs. */
async function inlineImages({ snapshot, mail }: LogActionContext): Promise<Map<string, string>> {
  const images = new Map<string, string>();
  for (const info of snapshot.attachments) {
    if (!info.isInline || !/^image\//i.test(info.contentType)) continue;
    try {
      const content = await mail.attachment(info.id);
      if (content.format !== 'base64') continue;
      const uri = toDataUri(info.contentType.toLowerCase(), content.content);
      if (info.contentId) images.set(info.contentId.toLowerCase(), uri);
      images.set(info.name.toLowerCase(), uri);
    } catch {
      // The image is shown as missing (its alt text); the note is still logged.
    }
  }
  return images;
}

async function attachmentFile(
  { mail }: LogActionContext,
  info: MailAttachmentInfo,
): Promise<EmailFile> {
  const content = await mail.attachment(info.id);
  switch (content.format) {
    case 'base64':
      return file(info, info.contentType, content.content);
    case 'eml': {
      const name = /\.eml$/i.test(info.name) ? info.name : `${info.name}.eml`;
      return file({ ...info, name }, 'message/rfc822', await base64InSlices(content.content));
    }
    case 'icalendar': {
      const name = /\.ics$/i.test(info.name) ? info.name : `${info.name}.ics`;
      return file({ ...info, name }, 'text/calendar', await base64InSlices(content.content));
    }
    case 'url':
      throw new Error(
        $localize`:@@log.skip.link:Outlook gives only a link to it. Share the link in Halo.`,
      );
  }
}

function file(
  info: Pick<MailAttachmentInfo, 'id' | 'name'>,
  contentType: string,
  base64: string,
): EmailFile {
  return {
    id: info.id,
    name: info.name,
    contentType: contentType || 'application/octet-stream',
    base64,
    size: base64Bytes(base64),
  };
}

function skip(id: string, label: string, message: string): LogPart {
  return { id, label, status: 'skipped', message };
}

function unread(id: string, label: string, error: unknown): LogPart {
  return { id, label, status: 'failed', message: reason(error) };
}

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) {
    const e = error as { message: string; action?: string };
    return e.action ? `${e.message} ${e.action}` : e.message;
  }
  return String(error);
}
