import { Injectable, inject } from '@angular/core';
import { isAppError } from '@halo-outlook/core';
import { attachmentRefs } from '../attachments/attachment-refs';
import { HaloHttp } from '../http/halo-http';
import type { HaloRequestOptions } from '../http/halo-request-options';
import { parseListPage } from '../http/parse-all';
import { type HaloWriteResult, readWriteResult } from '../http/write-result';
import type { ListPage } from '../parsing/read-list';
import { type HaloAction, parseAction } from './action';
import { sameMessageId } from './message-id';
import type { NewHaloAction } from './new-action';

/** Filters of a ticket's action list. */
export interface HaloActionQuery {
  /** Only e-mail conversation actions. */
  readonly conversationOnly?: boolean;
  /** Leave out private actions. */
  readonly excludePrivate?: boolean;
  /** Include `note_html`. */
  readonly includeHtml?: boolean;
  /** At most this many rows. */
  readonly count?: number;
}

/** At most this many candidate tickets are read when Halo cannot filter actions by message id. */
export const MESSAGE_ID_TICKET_LIMIT = 10;

/** Halo actions: `/Actions`. */
@Injectable()
export class ActionsApi {
  private readonly http = inject(HaloHttp);
  /** Whether this tenant filters `/Actions` by message id; learnt on the first lookup. */
  private messageIdFilter: 'unknown' | 'works' | 'ignored' = 'unknown';

  /** A ticket's actions. */
  async listByTicket(
    ticketId: number,
    query: HaloActionQuery = {},
    options: HaloRequestOptions = {},
  ): Promise<ListPage<HaloAction>> {
    const body = await this.http.get(
      'Actions',
      {
        ticket_id: ticketId,
        conversationonly: query.conversationOnly,
        excludeprivate: query.excludePrivate,
        includehtmlnote: query.includeHtml,
        count: query.count,
      },
      options,
    );
    return parseListPage(body, 'actions', parseAction);
  }

  /**
   * The actions that record the e-mail with this Message-ID (`internet_message_id` or
   * `internetmessageid`, with or without angle brackets).
   *
   * Halo's filter `GET /Actions?internetmessageid=` is unverified (unknown filters are ignored, and
   * some versions require `ticket_id`), so the lookup is tolerant: it asks with the filter once,
   * keeps only rows that really carry the id, and when the filter turns out to be ignored or
   * refused, reads the actions of `candidateTicketIds` instead (for example the tickets named by the
   * subject's `[ID: n]` tag or the sender's open tickets), at most 10, in parallel. What it learns
   * is kept for the session. Request cost: 1 where the filter works; 1 + N the first time where it
   * does not, N after that (N = candidate tickets, 0 when none are given).
   */
  async findByMessageId(
    messageId: string,
    candidateTicketIds: readonly number[] = [],
    options: HaloRequestOptions = {},
  ): Promise<readonly HaloAction[]> {
    if (this.messageIdFilter !== 'ignored') {
      const filtered = await this.tryMessageIdFilter(messageId, options);
      if (filtered !== null) return filtered;
    }
    const tickets = [...new Set(candidateTicketIds)].slice(0, MESSAGE_ID_TICKET_LIMIT);
    const pages = await Promise.all(tickets.map((id) => this.listByTicket(id, {}, options)));
    return pages
      .flatMap((page) => page.items)
      .filter((a) => sameMessageId(a.internetMessageId, messageId));
  }

  /** Adds an action. A `partial` result means it exists but an attachment was not stored. */
  async create(
    action: NewHaloAction,
    options: HaloRequestOptions = {},
  ): Promise<HaloWriteResult<HaloAction>> {
    const email = action.email ?? {};
    const item = {
      ticket_id: action.ticketId,
      outcome_id: action.outcomeId,
      outcome: action.outcomeId === undefined ? action.outcome : undefined,
      note_html: action.noteHtml,
      note: action.note,
      hiddenfromuser: action.hiddenFromUser,
      timetaken: action.timeTakenHours,
      new_status: action.newStatusId,
      new_agent: action.newAgentId,
      sendemail: action.sendEmail,
      emailfrom: email.from,
      emailto: email.to,
      emailcc: email.cc,
      emailsubject: email.subject,
      // Both spellings: the 2024 spec names `internet_message_id`; a production add-in sends
      // `internetmessageid`. Halo ignores the one it does not know.
      internet_message_id: email.internetMessageId,
      internetmessageid: email.internetMessageId,
      inreplyto: email.inReplyTo,
      references: email.references,
      attachments: attachmentRefs(action.attachmentIds, action.attachments),
    };
    const body = await this.http.post('Actions', [item], options);
    return readWriteResult(body, 'actions', 'action', parseAction);
  }

  private async tryMessageIdFilter(
    messageId: string,
    options: HaloRequestOptions,
  ): Promise<readonly HaloAction[] | null> {
    let rows: readonly HaloAction[];
    try {
      const body = await this.http.get(
        'Actions',
        { internetmessageid: messageId, internet_message_id: messageId, count: 50 },
        options,
      );
      rows = parseListPage(body, 'actions', parseAction).items;
    } catch (error) {
      if (!isAppError(error) || error.kind !== 'invalid-input') throw error;
      this.messageIdFilter = 'ignored';
      return null;
    }
    const matching = rows.filter((a) => sameMessageId(a.internetMessageId, messageId));
    if (matching.length < rows.length) {
      this.messageIdFilter = 'ignored';
      return null;
    }
    if (rows.length > 0) this.messageIdFilter = 'works';
    return matching;
  }
}
