import {
  AppError,
  type HaloAction,
  type HaloAttachment,
  type HaloCallOptions,
  type HaloClient,
  type HaloPluginAccess,
  type HaloTicket,
  type HaloUser,
  type HaloWriteFacade,
  type HaloWriteResult,
  sameMessageId,
} from '@halo-outlook/sdk';
import type { HaloFixtures } from './halo-fixtures';
import { aHaloAction, aHaloClient, aHaloTicket, aHaloUser } from './halo-record-builders';

/** One call a plugin made through a {@link RecordingHaloFacade}. */
export interface RecordedCall {
  /** The facade method called. */
  readonly method: keyof HaloWriteFacade;
  /** Its arguments, the options excluded. */
  readonly args: readonly unknown[];
  /** The scope (e-mail) it was counted under, or `null` when called on the facade itself. */
  readonly scope: string | null;
  /** Whether an `AbortSignal` was passed. */
  readonly withSignal: boolean;
}

interface MethodFault {
  readonly method: keyof HaloWriteFacade;
  readonly error: unknown;
  remaining: number;
  spared: number;
  readonly afterSaving: boolean;
}

type Behaviour =
  | { readonly mode: 'answer' }
  | { readonly mode: 'never' }
  | { readonly mode: 'fail'; readonly error: unknown };

/**
 * An in-memory Halo for plugin tests, implementing the facades plugins receive: answers from
 * fixtures, records every call (with its scope), and can be told to never answer (to test time
 * boxes and aborts), to fail (to test what a user sees), or to report partial writes. A call
 * rejects with the signal's reason as soon as its signal aborts, as the real facade does; a
 * missing ticket or client rejects with an `AppError` of kind `not-found`. Writes are kept.
 *
 * @usageNotes
 * ```ts
 * const halo = new RecordingHaloFacade({ users: [aHaloUser({ email: 'alice@contoso.example' })] });
 * const candidates = await runMatcher(myMatcher, aMailSnapshot(), { halo });
 * expect(halo.callsTo('usersByEmail').length).toBe(1);
 * ```
 */
export class RecordingHaloFacade implements HaloWriteFacade {
  /** Every call made, in order. */
  readonly calls: RecordedCall[] = [];
  private behaviour: Behaviour = { mode: 'answer' };
  private warning: string | null = null;
  private readonly faults: MethodFault[] = [];
  private readonly refused = new Set<string>();
  private readonly data: Required<Omit<HaloFixtures, 'agent'>> & Pick<HaloFixtures, 'agent'>;
  private readonly users: HaloUser[];
  private readonly tickets: HaloTicket[];
  private readonly actions: HaloAction[];
  private readonly attachments: HaloAttachment[] = [];
  private readonly facade: HaloWriteFacade;

  constructor(fixtures: HaloFixtures = {}) {
    this.data = {
      users: [],
      clients: [],
      sites: [],
      tickets: [],
      actions: [],
      ticketTypes: [],
      statuses: [],
      outcomes: [],
      teams: [],
      priorities: [],
      fieldInfo: [],
      emailRules: [],
      closedStatusIds: [8, 9],
      ...fixtures,
    };
    this.users = [...this.data.users];
    this.tickets = [...this.data.tickets];
    this.actions = [...this.data.actions];
    this.facade = this.scoped(null);
  }

  /** From now on, calls never settle (until their signal aborts). */
  neverAnswer(): this {
    this.behaviour = { mode: 'never' };
    return this;
  }

  /** From now on, calls reject with `error` (an `AppError` to test what a user would see). */
  failWith(error: unknown): this {
    this.behaviour = { mode: 'fail', error };
    return this;
  }

  /** From now on, writes are saved but reported `partial` with Halo's `warning`. */
  warnOnWrites(warning: string): this {
    this.warning = warning;
    return this;
  }

  /**
   * The next `times` calls to `method` (after letting `after` calls through) reject with `error`.
   * With `afterSaving`, a write is kept first and only its answer is lost, as when the connection
   * drops after Halo saved it.
   */
  failNext(
    method: keyof HaloWriteFacade,
    error: unknown,
    options: {
      readonly times?: number;
      readonly after?: number;
      readonly afterSaving?: boolean;
    } = {},
  ): this {
    this.faults.push({
      method,
      error,
      remaining: options.times ?? 1,
      spared: options.after ?? 0,
      afterSaving: options.afterSaving ?? false,
    });
    return this;
  }

  /** Uploads of these file names are answered as Halo answers a file it did not store. */
  refuseAttachments(...filenames: string[]): this {
    for (const name of filenames) this.refused.add(name);
    return this;
  }

  /** From now on, calls answer from the fixtures (the default); armed faults are dropped. */
  answerNormally(): this {
    this.behaviour = { mode: 'answer' };
    this.warning = null;
    this.faults.length = 0;
    this.refused.clear();
    return this;
  }

  /** The attachments uploaded and stored, in order. */
  allAttachments(): readonly HaloAttachment[] {
    return this.attachments;
  }

  /** The calls made to `method`. */
  callsTo(method: keyof HaloWriteFacade): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** The facades as the sdk reaches them: each scope's calls are recorded under that scope. */
  access(): HaloPluginAccess {
    return { read: (scope) => this.scoped(scope), write: (scope) => this.scoped(scope) };
  }

  /** The tickets, created ones included. */
  allTickets(): readonly HaloTicket[] {
    return this.tickets;
  }

  /** The actions, added ones included. */
  allActions(): readonly HaloAction[] {
    return this.actions;
  }

  /* The facade's methods, recorded without a scope. */
  /** {@inheritDoc HaloReadFacade.me} */ me: HaloWriteFacade['me'] = (...a) => this.facade.me(...a);
  /** {@inheritDoc HaloReadFacade.usersByEmail} */ usersByEmail: HaloWriteFacade['usersByEmail'] = (
    ...a
  ) => this.facade.usersByEmail(...a);
  /** {@inheritDoc HaloReadFacade.usersByEmailDomain} */ usersByEmailDomain: HaloWriteFacade['usersByEmailDomain'] =
    (...a) => this.facade.usersByEmailDomain(...a);
  /** {@inheritDoc HaloReadFacade.usersByClient} */ usersByClient: HaloWriteFacade['usersByClient'] =
    (...a) => this.facade.usersByClient(...a);
  /** {@inheritDoc HaloReadFacade.clientsByEmailDomain} */ clientsByEmailDomain: HaloWriteFacade['clientsByEmailDomain'] =
    (...a) => this.facade.clientsByEmailDomain(...a);
  /** {@inheritDoc HaloReadFacade.searchClients} */ searchClients: HaloWriteFacade['searchClients'] =
    (...a) => this.facade.searchClients(...a);
  /** {@inheritDoc HaloReadFacade.getClient} */ getClient: HaloWriteFacade['getClient'] = (...a) =>
    this.facade.getClient(...a);
  /** {@inheritDoc HaloReadFacade.sitesByClient} */ sitesByClient: HaloWriteFacade['sitesByClient'] =
    (...a) => this.facade.sitesByClient(...a);
  /** {@inheritDoc HaloReadFacade.sitesByEmailDomain} */ sitesByEmailDomain: HaloWriteFacade['sitesByEmailDomain'] =
    (...a) => this.facade.sitesByEmailDomain(...a);
  /** {@inheritDoc HaloReadFacade.listTickets} */ listTickets: HaloWriteFacade['listTickets'] = (
    ...a
  ) => this.facade.listTickets(...a);
  /** {@inheritDoc HaloReadFacade.getTicket} */ getTicket: HaloWriteFacade['getTicket'] = (...a) =>
    this.facade.getTicket(...a);
  /** {@inheritDoc HaloReadFacade.actionsByTicket} */ actionsByTicket: HaloWriteFacade['actionsByTicket'] =
    (...a) => this.facade.actionsByTicket(...a);
  /** {@inheritDoc HaloReadFacade.actionsByMessageId} */ actionsByMessageId: HaloWriteFacade['actionsByMessageId'] =
    (...a) => this.facade.actionsByMessageId(...a);
  /** {@inheritDoc HaloReadFacade.ticketTypes} */ ticketTypes: HaloWriteFacade['ticketTypes'] = (
    ...a
  ) => this.facade.ticketTypes(...a);
  /** {@inheritDoc HaloReadFacade.statuses} */ statuses: HaloWriteFacade['statuses'] = (...a) =>
    this.facade.statuses(...a);
  /** {@inheritDoc HaloReadFacade.outcomes} */ outcomes: HaloWriteFacade['outcomes'] = (...a) =>
    this.facade.outcomes(...a);
  /** {@inheritDoc HaloReadFacade.teams} */ teams: HaloWriteFacade['teams'] = (...a) =>
    this.facade.teams(...a);
  /** {@inheritDoc HaloReadFacade.priorities} */ priorities: HaloWriteFacade['priorities'] = (
    ...a
  ) => this.facade.priorities(...a);
  /** {@inheritDoc HaloReadFacade.fieldInfo} */ fieldInfo: HaloWriteFacade['fieldInfo'] = (...a) =>
    this.facade.fieldInfo(...a);
  /** {@inheritDoc HaloReadFacade.emailRules} */ emailRules: HaloWriteFacade['emailRules'] = (
    ...a
  ) => this.facade.emailRules(...a);
  /** {@inheritDoc HaloWriteFacade.createTicket} */ createTicket: HaloWriteFacade['createTicket'] =
    (...a) => this.facade.createTicket(...a);
  /** {@inheritDoc HaloWriteFacade.updateTicket} */ updateTicket: HaloWriteFacade['updateTicket'] =
    (...a) => this.facade.updateTicket(...a);
  /** {@inheritDoc HaloWriteFacade.createAction} */ createAction: HaloWriteFacade['createAction'] =
    (...a) => this.facade.createAction(...a);
  /** {@inheritDoc HaloWriteFacade.uploadAttachment} */ uploadAttachment: HaloWriteFacade['uploadAttachment'] =
    (...a) => this.facade.uploadAttachment(...a);
  /** {@inheritDoc HaloWriteFacade.createUser} */ createUser: HaloWriteFacade['createUser'] = (
    ...a
  ) => this.facade.createUser(...a);

  private scoped(scope: string | null): HaloWriteFacade {
    const d = this.data;
    const same = (a: string | null | undefined, b: string) =>
      a?.toLowerCase() === b.trim().toLowerCase();
    const domainOf = (email: string | null) => email?.split('@')[1] ?? null;
    const call = <T>(
      method: keyof HaloWriteFacade,
      args: unknown[],
      options: HaloCallOptions | undefined,
      respond: () => T,
    ) => this.answer(scope, method, args, options, respond);
    return {
      me: (o) => call('me', [], o, () => d.agent ?? notFound('agent', 0)),
      usersByEmail: (email, o) =>
        call('usersByEmail', [email], o, () => this.users.filter((u) => same(u.email, email))),
      usersByEmailDomain: (domain, o) =>
        call('usersByEmailDomain', [domain], o, () =>
          this.users.filter((u) => same(domainOf(u.email), domain)),
        ),
      usersByClient: (clientId, o) =>
        call('usersByClient', [clientId], o, () =>
          this.users.filter((u) => u.clientId === clientId),
        ),
      clientsByEmailDomain: (domain, o) =>
        call('clientsByEmailDomain', [domain], o, () =>
          clientsOf(
            this.users.filter((u) => same(domainOf(u.email), domain)),
            d.clients,
          ),
        ),
      searchClients: (text, o) =>
        call('searchClients', [text], o, () =>
          d.clients.filter((c) => !c.inactive && c.name.toLowerCase().includes(text.toLowerCase())),
        ),
      getClient: (id, o) =>
        call(
          'getClient',
          [id],
          o,
          () => d.clients.find((c) => c.id === id) ?? notFound('client', id),
        ),
      sitesByClient: (clientId, o) =>
        call('sitesByClient', [clientId], o, () =>
          d.sites.filter((s) => s.clientId === clientId && !s.inactive),
        ),
      sitesByEmailDomain: (domain, o) =>
        call('sitesByEmailDomain', [domain], o, () =>
          d.sites.filter(
            (s) => !s.inactive && (same(s.emailDomain, domain) || same(s.toDomain, domain)),
          ),
        ),
      listTickets: (query, o) =>
        call('listTickets', [query], o, () => {
          const rows = this.tickets
            .filter((t) => query.clientId === undefined || t.clientId === query.clientId)
            .filter((t) => query.userId === undefined || t.userId === query.userId)
            .filter((t) => query.ticketIds === undefined || query.ticketIds.includes(t.id))
            .filter((t) => !query.openOnly || !d.closedStatusIds.includes(t.statusId ?? 0))
            .filter(
              (t) =>
                query.search === undefined ||
                String(t.id) === query.search.trim() ||
                t.summary.toLowerCase().includes(query.search.trim().toLowerCase()),
            );
          if (query.order === 'id')
            rows.sort((a, b) => (query.orderDesc ? b.id - a.id : a.id - b.id));
          return { items: rows.slice(0, query.pageSize ?? 50), total: rows.length };
        }),
      getTicket: (id, o) =>
        call(
          'getTicket',
          [id],
          o,
          () => this.tickets.find((t) => t.id === id) ?? notFound('ticket', id),
        ),
      actionsByTicket: (ticketId, query, o) =>
        call('actionsByTicket', [ticketId, query], o, () => {
          const rows = this.actions.filter((a) => a.ticketId === ticketId);
          return { items: rows, total: rows.length };
        }),
      actionsByMessageId: (messageId, candidates, o) =>
        call('actionsByMessageId', [messageId, candidates], o, () =>
          this.actions.filter((a) => sameMessageId(a.internetMessageId, messageId)),
        ),
      ticketTypes: (o) => call('ticketTypes', [], o, () => d.ticketTypes),
      statuses: (o) => call('statuses', [], o, () => d.statuses),
      outcomes: (o) => call('outcomes', [], o, () => d.outcomes),
      teams: (o) => call('teams', [], o, () => d.teams),
      priorities: (o) => call('priorities', [], o, () => d.priorities),
      fieldInfo: (typeId, o) => call('fieldInfo', [typeId], o, () => d.fieldInfo),
      emailRules: (o) =>
        call('emailRules', [], o, () => [...d.emailRules].sort((a, b) => a.sequence - b.sequence)),
      createTicket: (ticket, o) =>
        call('createTicket', [ticket], o, () => {
          const created = aHaloTicket({
            id: Math.max(1000, ...this.tickets.map((t) => t.id)) + 1,
            summary: ticket.summary,
            details: ticket.detailsHtml ?? ticket.details ?? null,
            ticketTypeId: ticket.ticketTypeId ?? null,
            clientId: ticket.clientId ?? null,
            siteId: ticket.siteId ?? null,
            userId: ticket.userId ?? null,
            userEmail: ticket.userEmail ?? null,
            userName: ticket.userName ?? null,
            dateOccurred: new Date().toISOString(),
            customFields: (ticket.customFields ?? []).map((f) => ({
              id: f.id ?? null,
              name: f.name ?? null,
              label: null,
              value: f.value,
              display: null,
            })),
          });
          this.tickets.push(created);
          return this.written(created);
        }),
      updateTicket: (id, change, o) =>
        call('updateTicket', [id, change], o, () => {
          const index = this.tickets.findIndex((t) => t.id === id);
          if (index < 0) return notFound('ticket', id);
          const updated: HaloTicket = {
            ...this.tickets[index],
            statusId: change.statusId ?? this.tickets[index].statusId,
            agentId: change.agentId ?? this.tickets[index].agentId,
            team: change.team ?? this.tickets[index].team,
          };
          this.tickets[index] = updated;
          return this.written(updated);
        }),
      createAction: (action, o) =>
        call('createAction', [action], o, () => {
          const created = aHaloAction({
            id: Math.max(0, ...this.actions.map((a) => a.id)) + 1,
            ticketId: action.ticketId,
            outcomeId: action.outcomeId ?? null,
            noteHtml: action.noteHtml ?? null,
            hiddenFromUser: action.hiddenFromUser ?? false,
            timeTaken: action.timeTakenHours ?? null,
            internetMessageId: action.email?.internetMessageId ?? null,
            emailSubject: action.email?.subject ?? null,
          });
          this.actions.push(created);
          return this.written(created);
        }),
      uploadAttachment: (file, target, o) =>
        call('uploadAttachment', [file, target], o, () => {
          if (this.refused.has(file.filename)) {
            const warning = `Unable to save attachment ${file.filename}`;
            return {
              status: 'partial',
              value: {
                id: null,
                stored: false,
                filename: file.filename,
                contentType: file.contentType,
                fileSize: null,
                ticketId: target?.ticketId ?? null,
                actionId: target?.actionId ?? null,
                warning,
              },
              warning,
              error: new AppError({
                kind: 'server',
                message: `Halo did not store ${file.filename}.`,
                action: 'Try again; if it keeps failing, attach the file in Halo by hand.',
              }),
            } satisfies HaloWriteResult<HaloAttachment>;
          }
          const stored: HaloAttachment = {
            id: Math.max(0, ...this.attachments.map((a) => a.id ?? 0)) + 1,
            stored: true,
            filename: file.filename,
            contentType: file.contentType,
            fileSize: null,
            ticketId: target?.ticketId ?? null,
            actionId: target?.actionId ?? null,
            warning: null,
          };
          this.attachments.push(stored);
          return this.written(stored);
        }),
      createUser: (user, o) =>
        call('createUser', [user], o, () => {
          const created = aHaloUser({
            id: Math.max(0, ...this.users.map((u) => u.id)) + 1,
            name: user.name,
            email: user.email ?? null,
            siteId: user.siteId,
            clientId: user.clientId ?? null,
          });
          this.users.push(created);
          return this.written(created);
        }),
    };
  }

  private written<T>(value: T): HaloWriteResult<T> {
    if (this.warning === null) return { status: 'saved', value };
    return {
      status: 'partial',
      value,
      warning: this.warning,
      error: new AppError({
        kind: 'server',
        message: `Halo saved the record but reported: ${this.warning}`,
        action: 'Check the record in Halo and add what is missing.',
      }),
    };
  }

  private answer<T>(
    scope: string | null,
    method: keyof HaloWriteFacade,
    args: readonly unknown[],
    options: HaloCallOptions | undefined,
    respond: () => T,
  ): Promise<T> {
    const signal = options?.signal;
    this.calls.push({ method, args, scope, withSignal: signal !== undefined });
    return new Promise<T>((resolve, reject) => {
      const aborted = () => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
      if (signal?.aborted) return aborted();
      signal?.addEventListener('abort', aborted, { once: true });
      const behaviour = this.behaviour;
      if (behaviour.mode === 'never') return;
      let fault = this.faults.find((f) => f.method === method && f.remaining > 0);
      if (fault && fault.spared > 0) {
        fault.spared -= 1;
        fault = undefined;
      } else if (fault) {
        fault.remaining -= 1;
      }
      // Answer asynchronously, like a network would, so an abort in between is honoured.
      void Promise.resolve().then(() => {
        signal?.removeEventListener('abort', aborted);
        if (signal?.aborted) return;
        if (behaviour.mode === 'fail') return reject(behaviour.error);
        if (fault && !fault.afterSaving) return reject(fault.error);
        try {
          const value = respond();
          if (fault) return reject(fault.error);
          resolve(value);
        } catch (error) {
          reject(error);
        }
      });
    });
  }
}

function notFound(what: string, id: number): never {
  throw new AppError({
    kind: 'not-found',
    message: `Halo has no ${what} ${id}.`,
    action: `Check the ${what} number, or refresh: it may have been deleted.`,
  });
}

function clientsOf(users: readonly HaloUser[], clients: readonly HaloClient[]): HaloClient[] {
  const counts = new Map<number, { client: HaloClient; users: number }>();
  for (const user of users) {
    if (user.clientId === null) continue;
    const known = clients.find((c) => c.id === user.clientId);
    const entry = counts.get(user.clientId) ?? {
      client:
        known ??
        aHaloClient({ id: user.clientId, name: user.clientName ?? `Client ${user.clientId}` }),
      users: 0,
    };
    entry.users += 1;
    counts.set(user.clientId, entry);
  }
  return [...counts.values()].sort((a, b) => b.users - a.users).map((e) => e.client);
}
