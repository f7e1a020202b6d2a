import { Injectable, inject } from '@angular/core';
import { ActionsApi } from '../actions/actions-api';
import { AgentApi } from '../agents/agent-api';
import { AttachmentsApi } from '../attachments/attachments-api';
import { ClientsApi } from '../clients/clients-api';
import { EmailRulesApi } from '../email-rules/email-rules-api';
import type { HaloRequestOptions } from '../http/halo-request-options';
import { ReferenceDataApi } from '../reference-data/reference-data-api';
import { SitesApi } from '../sites/sites-api';
import { TicketsApi } from '../tickets/tickets-api';
import { UsersApi } from '../users/users-api';
import type { HaloCallOptions } from './halo-call-options';
import type { HaloReadFacade } from './halo-read-facade';
import type { HaloWriteFacade } from './halo-write-facade';

/**
 * Hands out the facades plugins use, each bound to a scope (one e-mail) under which its requests
 * are counted. The facades are frozen plain objects: no `HttpClient`, no tokens, and a read facade
 * has no write methods to reach.
 *
 * @usageNotes
 * ```ts
 * const facades = inject(HaloFacades);
 * const halo = facades.read(`email:${snapshot.itemId}`);   // for matchers
 * const writer = facades.write(`email:${snapshot.itemId}`); // for log actions
 * ```
 */
@Injectable()
export class HaloFacades {
  private readonly agent = inject(AgentApi);
  private readonly users = inject(UsersApi);
  private readonly clients = inject(ClientsApi);
  private readonly sites = inject(SitesApi);
  private readonly tickets = inject(TicketsApi);
  private readonly actions = inject(ActionsApi);
  private readonly attachments = inject(AttachmentsApi);
  private readonly reference = inject(ReferenceDataApi);
  private readonly emailRulesApi = inject(EmailRulesApi);

  /** A read-only facade whose requests count under `scope`. */
  read(scope?: string): HaloReadFacade {
    return Object.freeze(this.readMethods(scope));
  }

  /** A read/write facade whose requests count under `scope`. */
  write(scope?: string): HaloWriteFacade {
    const o = (options?: HaloCallOptions): HaloRequestOptions => ({
      signal: options?.signal,
      scope,
    });
    return Object.freeze({
      ...this.readMethods(scope),
      createTicket: (ticket, options) => this.tickets.create(ticket, o(options)),
      updateTicket: (id, change, options) => this.tickets.update(id, change, o(options)),
      createAction: (action, options) => this.actions.create(action, o(options)),
      uploadAttachment: (file, target, options) =>
        this.attachments.upload(file, target, o(options)),
      createUser: (user, options) => this.users.create(user, o(options)),
    } satisfies HaloWriteFacade);
  }

  private readMethods(scope: string | undefined): HaloReadFacade {
    const o = (options?: HaloCallOptions): HaloRequestOptions => ({
      signal: options?.signal,
      scope,
    });
    return {
      me: (options) => this.agent.me(o(options)),
      usersByEmail: (email, options) =>
        this.users.byEmail(email, { ...o(options), freshness: options?.freshness }),
      usersByEmailDomain: (domain, options) =>
        this.users.byEmailDomain(domain, { ...o(options), freshness: options?.freshness }),
      usersByClient: async (clientId, options) =>
        (await this.users.byClient(clientId, {}, o(options))).items,
      clientsByEmailDomain: (domain, options) =>
        this.clients.byEmailDomain(domain, { ...o(options), freshness: options?.freshness }),
      searchClients: (text, options) => this.clients.search(text, undefined, o(options)),
      getClient: (id, options) => this.clients.get(id, o(options)),
      sitesByClient: (clientId, options) => this.sites.byClient(clientId, o(options)),
      sitesByEmailDomain: (domain, options) =>
        this.sites.byEmailDomain(domain, { ...o(options), freshness: options?.freshness }),
      listTickets: (query, options) => this.tickets.list(query, o(options)),
      getTicket: (id, options) => this.tickets.get(id, o(options)),
      actionsByTicket: (ticketId, query, options) =>
        this.actions.listByTicket(ticketId, query, o(options)),
      actionsByMessageId: (messageId, candidates, options) =>
        this.actions.findByMessageId(messageId, candidates, o(options)),
      ticketTypes: (options) => this.reference.ticketTypes(o(options)),
      statuses: (options) => this.reference.statuses(o(options)),
      outcomes: (options) => this.reference.outcomes(o(options)),
      teams: (options) => this.reference.teams(o(options)),
      priorities: (options) => this.reference.priorities(o(options)),
      fieldInfo: (typeId, options) => this.reference.fieldInfo(typeId, o(options)),
      emailRules: (options) => this.emailRulesApi.list(o(options)),
    };
  }
}
