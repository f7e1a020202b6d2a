import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AppError, abortableFirst } from '@halo-outlook/core';
import type { Observable } from 'rxjs';
import { ENTRA_SETTINGS } from '../provide/entra-tokens';
import { EntraSession } from '../session/entra-session';
import { graphError } from './graph-error';
import type { GraphMessageSummary, GraphUser } from './graph-message';
import { GRAPH_SCOPES } from './graph-scopes';
import { readMessageSummary } from './read-message-summary';

/** Options of every {@link GraphClient} call. */
export interface GraphCallOptions {
  /**
   * May the agent be asked to sign in or consent (a pop-up)? Default true: call from a click.
   * False for work the agent did not just ask for.
   */
  readonly interactive?: boolean;
  /** Stops the call (the agent opened another email). */
  readonly signal?: AbortSignal;
}

/** The most pages of a conversation read (100 messages each): a runaway thread stops there. */
const MAX_PAGES = 20;
const SUMMARY_FIELDS = 'id,internetMessageId,subject,from,receivedDateTime,hasAttachments';

/**
 * Microsoft Graph for the agent's mailbox, with a bearer token from {@link EntraSession}:
 * the agent's profile, the messages of a conversation, a message's MIME (`.eml`). Failures reject
 * with an `AppError` worded for the agent (sign in again, permission not consented, not found,
 * offline).
 *
 * @usageNotes
 * ```ts
 * const graph = (await inject(EntraLoader).load())?.graph;
 * const thread = await graph.conversationMessages(snapshot.conversationId);  // oldest first
 * const eml = await graph.messageMime(mailbox.restItemId(snapshot.itemId));  // bytes
 * ```
 */
@Injectable()
export class GraphClient {
  private readonly http = inject(HttpClient);
  private readonly session = inject(EntraSession);
  private readonly settings = inject(ENTRA_SETTINGS);

  /** The signed-in user (`GET /me`, `User.Read`). */
  async me(options: GraphCallOptions = {}): Promise<GraphUser> {
    const what = $localize`:@@entra.graph.what.profile:your profile`;
    const body = await this.get<Record<string, unknown>>(
      '/me?$select=id,displayName,mail,userPrincipalName',
      { what, scope: GRAPH_SCOPES.userRead, options },
    );
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    return Object.freeze({
      id: text(body['id']),
      displayName: text(body['displayName']),
      mail: text(body['mail']) || null,
      userPrincipalName: text(body['userPrincipalName']),
    });
  }

  /**
   * The messages of a conversation in the agent's mailbox, every folder, oldest first
   * (`GET /me/messages?$filter=conversationId eq '…'`, `Mail.Read`). Graph refuses `$orderby`
   * with this filter (InefficientFilter), so they are sorted here by `receivedDateTime`; every
   * page (`@odata.nextLink`) is followed, up to 2,000 messages.
   */
  async conversationMessages(
    conversationId: string,
    options: GraphCallOptions = {},
  ): Promise<readonly GraphMessageSummary[]> {
    const what = $localize`:@@entra.graph.what.conversation:the conversation`;
    const filter = encodeURIComponent(`conversationId eq '${conversationId.replace(/'/g, "''")}'`);
    let next: string | null = `/me/messages?$filter=${filter}&$select=${SUMMARY_FIELDS}&$top=100`;
    const messages: GraphMessageSummary[] = [];
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const body: { value?: unknown; '@odata.nextLink'?: unknown } = await this.get(next, {
        what,
        scope: GRAPH_SCOPES.mailRead,
        options,
      });
      for (const item of Array.isArray(body.value) ? body.value : []) {
        const message = readMessageSummary(item);
        if (message) messages.push(message);
      }
      next = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : null;
    }
    const at = (m: GraphMessageSummary) => Date.parse(m.receivedDateTime) || 0;
    return Object.freeze(messages.sort((a, b) => at(a) - at(b) || a.id.localeCompare(b.id)));
  }

  /**
   * A message's MIME content, the `.eml` file as bytes (`GET /me/messages/{id}/$value`,
   * `Mail.Read`). `restId` is Graph's id: `MailboxPort.restItemId(snapshot.itemId)`.
   */
  async messageMime(restId: string, options: GraphCallOptions = {}): Promise<Uint8Array> {
    const what = $localize`:@@entra.graph.what.message:the message`;
    const path = `/me/messages/${encodeURIComponent(restId)}/$value`;
    const bytes = await this.call(
      path,
      { what, scope: GRAPH_SCOPES.mailRead, options },
      (url, headers) => this.http.get(url, { headers, responseType: 'arraybuffer' }),
    );
    return new Uint8Array(bytes);
  }

  private get<T>(
    pathOrLink: string,
    request: { what: string; scope: string; options: GraphCallOptions },
  ): Promise<T> {
    return this.call(pathOrLink, request, (url, headers) => this.http.get<T>(url, { headers }));
  }

  private async call<T>(
    pathOrLink: string,
    { what, scope, options }: { what: string; scope: string; options: GraphCallOptions },
    send: (url: string, headers: HttpHeaders) => Observable<T>,
  ): Promise<T> {
    const url = this.url(pathOrLink);
    const origin = new URL(this.settings.graphUrl).origin;
    const context = { what, scope, origin, request: `GET ${new URL(url).pathname}` };
    const token = await this.session.accessToken([scope], { interactive: options.interactive });
    options.signal?.throwIfAborted();
    const headers = new HttpHeaders({ Authorization: `Bearer ${token}` });
    try {
      return await abortableFirst(send(url, headers), options.signal);
    } catch (error) {
      throw graphError(error, context);
    }
  }

  /** A path under the Graph endpoint, or a next link, which must stay on Graph's origin. */
  private url(pathOrLink: string): string {
    if (pathOrLink.startsWith('/')) return `${this.settings.graphUrl}${pathOrLink}`;
    const base = new URL(this.settings.graphUrl);
    const link = new URL(pathOrLink);
    if (link.origin !== base.origin) {
      throw new AppError({
        kind: 'server',
        message: $localize`:@@entra.graph.foreignLink.message:Microsoft Graph pointed the add-in at another site.`,
        action: $localize`:@@entra.graph.foreignLink.action:Try again; if it keeps happening, export the diagnostics and send them to your administrator.`,
        detail: `next link on ${link.origin}, Graph is ${base.origin}`,
      });
    }
    return link.href;
  }
}
