import { Injectable, inject } from '@angular/core';
import { AppError } from '@halo-outlook/core';
import { HaloHttp } from '../http/halo-http';
import type { HaloRequestOptions } from '../http/halo-request-options';
import { type HaloWriteResult, readWriteResult } from '../http/write-result';
import { type HaloAttachment, parseAttachment } from './attachment';
import { toDataUri } from './data-uri';
import type { NewHaloAttachment } from './new-attachment';

/** Where an uploaded attachment goes: a ticket and optionally one of its actions, or nowhere yet. */
export interface HaloAttachmentTarget {
  /** The ticket; omit to upload first and reference `{ id }` in a later ticket or action write. */
  readonly ticketId?: number;
  /** The action of that ticket. */
  readonly actionId?: number;
}

/** Halo attachments: `/Attachment`. */
@Injectable()
export class AttachmentsApi {
  private readonly http = inject(HaloHttp);

  /**
   * Uploads one file as a data URI. Halo answers a file it did not store with a 2xx, a `_warning`
   * and id 0: that is returned as a `partial` result whose `value.stored` is false.
   */
  async upload(
    file: NewHaloAttachment,
    target: HaloAttachmentTarget = {},
    options: HaloRequestOptions = {},
  ): Promise<HaloWriteResult<HaloAttachment>> {
    const item = {
      filename: file.filename,
      data_base64: toDataUri(file.contentType, file.content),
      ticket_id: target.ticketId,
      action_id: target.actionId,
      isimage: file.contentType.startsWith('image/'),
    };
    const body = await this.http.post('Attachment', [item], options);
    const result = readWriteResult(body, 'attachments', 'attachment', parseAttachment);
    if (result.status === 'partial' || result.value.stored) return result;
    const warning = `Halo did not store ${file.filename}.`;
    return {
      status: 'partial',
      value: result.value,
      warning,
      error: new AppError({
        kind: 'server',
        message: warning,
        action: 'Try again; if it keeps failing, attach the file in Halo by hand.',
        retryable: true,
      }),
    };
  }
}
