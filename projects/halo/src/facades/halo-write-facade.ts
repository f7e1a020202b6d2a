import type { HaloAction } from '../actions/action';
import type { NewHaloAction } from '../actions/new-action';
import type { HaloAttachment } from '../attachments/attachment';
import type { HaloAttachmentTarget } from '../attachments/attachments-api';
import type { NewHaloAttachment } from '../attachments/new-attachment';
import type { HaloWriteResult } from '../http/write-result';
import type { HaloTicketChange, NewHaloTicket } from '../tickets/new-ticket';
import type { HaloTicket } from '../tickets/ticket';
import type { NewHaloUser } from '../users/new-user';
import type { HaloUser } from '../users/user';
import type { HaloCallOptions } from './halo-call-options';
import type { HaloReadFacade } from './halo-read-facade';

/**
 * What a log action may do in Halo: every read, plus the writes of logging an e-mail. A write
 * resolves to a {@link HaloWriteResult}: `saved`, or `partial` when Halo kept the record but
 * reported a problem (an attachment not stored) — check it, never assume success. A write that
 * failed outright rejects with an `AppError`.
 *
 * @usageNotes
 * ```ts
 * async run({ halo, signal }, input) {
 *   const result = await halo.createAction({ ticketId: input.ticketId, outcomeId: input.outcomeId }, { signal });
 *   return result.status === 'saved'
 *     ? { status: 'done', ticketId: input.ticketId }
 *     : { status: 'failed', message: result.error.message };
 * }
 * ```
 */
export interface HaloWriteFacade extends HaloReadFacade {
  /** Creates a ticket. */
  createTicket(
    ticket: NewHaloTicket,
    options?: HaloCallOptions,
  ): Promise<HaloWriteResult<HaloTicket>>;
  /** Assigns a ticket or changes its status. */
  updateTicket(
    id: number,
    change: HaloTicketChange,
    options?: HaloCallOptions,
  ): Promise<HaloWriteResult<HaloTicket>>;
  /** Adds an action (a note or the logged e-mail) to a ticket. */
  createAction(
    action: NewHaloAction,
    options?: HaloCallOptions,
  ): Promise<HaloWriteResult<HaloAction>>;
  /** Uploads a file (as a data URI), to a ticket/action or on its own to reference later. */
  uploadAttachment(
    file: NewHaloAttachment,
    target?: HaloAttachmentTarget,
    options?: HaloCallOptions,
  ): Promise<HaloWriteResult<HaloAttachment>>;
  /** Creates a user (contact) at a site. */
  createUser(user: NewHaloUser, options?: HaloCallOptions): Promise<HaloWriteResult<HaloUser>>;
}
