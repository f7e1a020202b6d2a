import { Injectable, inject } from '@angular/core';
import { DiagnosticsLog, toAppError } from '@halo-outlook/core';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { Store } from '@ngrx/store';
import { Observable } from 'rxjs';
import type { LogAction, LogActionContext, LogOutcome } from '../contracts/log-action';
import type { LogPart } from '../contracts/log-part';
import { validateLogOutcome } from '../contracts/validate-log-outcome';
import { createPluginLogger } from '../context/plugin-logger';
import { HaloEvents } from '../events/halo-events';
import { HaloPluginAccess } from '../halo/halo-plugin-access';
import { HaloLinks } from '../links/halo-links';
import { type CapturedMail, recordMailContent } from '../mail/captured-mail';
import { MailContentSource } from '../mail/mail-content-source';
import { OutboxStore } from '../outbox/outbox-store';
import { PluginRegistry } from '../registry/plugin-registry';
import { createLogJournal, type JournalEntries } from './log-journal';
import type { LogRequest } from './log-request';
import type { LogRunUpdate } from './log-run-update';
import { isQueueable } from './queueable-failure';

/** How {@link LogRunner.run} runs a request. */
export interface LogRunOptions {
  /** Content kept from earlier attempts (an outbox entry's). */
  readonly mail?: CapturedMail;
  /** True for an outbox replay: a failure that will not heal by itself stays in the outbox. */
  readonly fromOutbox?: boolean;
}

/**
 * Runs log requests: the one place a `LogAction` is called. For each run it
 * 1. writes the request to the outbox first (so a pane closed mid-way loses nothing),
 * 2. gives the action its context: the write facade counted under the e-mail, a logger with the
 *    action's id, the e-mail's content (kept as it is read), a journal persisted at each step,
 *    and a progress callback,
 * 3. turns a rejection or an invalid outcome into a `failed` outcome with a message,
 * 4. queues a failure of a queueable kind (Halo unreachable, busy, rate-limited, session ended)
 *    with its content and journal, and removes the request otherwise,
 * 5. dispatches `HaloEvents.emailLogged` or `HaloEvents.logFailed` and writes the diagnostics.
 *
 * Unsubscribing cancels the run (its signal aborts). Item changes do not: a log the agent started
 * finishes with the content it read.
 *
 * @usageNotes
 * ```ts
 * inject(LogRunner).run(request).subscribe((update) => console.log(update.parts, update.outcome));
 * ```
 * Provided by `provideHaloPlugins(...)`, beside the registry it reads.
 */
@Injectable()
export class LogRunner {
  private readonly registry = inject(PluginRegistry);
  private readonly access = inject(HaloPluginAccess);
  private readonly content = inject(MailContentSource);
  private readonly port = inject(MailboxPort);
  private readonly outbox = inject(OutboxStore);
  private readonly links = inject(HaloLinks);
  private readonly diagnostics = inject(DiagnosticsLog);
  private readonly store = inject(Store, { optional: true });

  /** Runs `request`; reports after every change and completes with the outcome. */
  run(request: LogRequest, options: LogRunOptions = {}): Observable<LogRunUpdate> {
    return new Observable<LogRunUpdate>((subscriber) => {
      const controller = new AbortController();
      let parts: readonly LogPart[] = [];
      let journal: JournalEntries = request.journal;
      const emit = (outcome: LogOutcome | null, queued = false) => {
        if (!subscriber.closed) subscriber.next({ request, parts, journal, outcome, queued });
      };
      const track = {
        parts: (next: readonly LogPart[]) => {
          parts = next;
          emit(null);
        },
        journal: (next: JournalEntries) => {
          journal = next;
          emit(null);
        },
      };
      this.execute(request, options, controller.signal, track).then(
        ({ outcome, queued, finalParts }) => {
          parts = finalParts ?? parts;
          emit(outcome, queued);
          subscriber.complete();
        },
        (error: unknown) => subscriber.error(error),
      );
      return () => controller.abort(new DOMException('The agent cancelled.', 'AbortError'));
    });
  }

  private async execute(
    request: LogRequest,
    options: LogRunOptions,
    signal: AbortSignal,
    track: {
      parts: (parts: readonly LogPart[]) => void;
      journal: (entries: JournalEntries) => void;
    },
  ): Promise<{ outcome: LogOutcome; queued: boolean; finalParts?: readonly LogPart[] }> {
    const action = this.registry.logActions.find((a) => a.id === request.actionId);
    if (!action) {
      const outcome: LogOutcome = {
        status: 'failed',
        message: `“${request.label}” is no longer installed in this add-in, so this email cannot be logged with it. Discard it, or log the email another way.`,
        retryable: false,
      };
      if (options.fromOutbox)
        await this.outbox.giveUp(request.id, outcome.message).catch(() => undefined);
      this.report(request, outcome, false, !!options.fromOutbox);
      return { outcome, queued: false };
    }

    const durable = await this.outbox.begin(request, this.links.tenantKey() ?? '').then(
      (free) => (free ? 'yes' : 'held'),
      () => 'no' as const,
    );
    if (durable === 'held') {
      const outcome: LogOutcome = {
        status: 'failed',
        message:
          'This email is being logged from another Outlook window right now. Wait a moment, then look at the outbox.',
        retryable: true,
      };
      return { outcome, queued: false };
    }

    let parts: readonly LogPart[] = [];
    const live =
      this.port.item()?.itemId === request.snapshot.itemId
        ? this.content.for(request.snapshot)
        : null;
    const mail = recordMailContent(live, options.mail);
    const journal = createLogJournal(request.journal, (entries) => {
      if (durable === 'yes')
        void this.outbox.saveJournal(request.id, entries).catch(() => undefined);
      track.journal(entries);
    });
    const context: LogActionContext = {
      snapshot: request.snapshot,
      picture: request.picture,
      signal,
      halo: this.access.write(`email:${request.snapshot.itemId}`),
      log: createPluginLogger(this.diagnostics, action.id),
      mail,
      journal,
      progress: (next) => {
        parts = [...next];
        track.parts(parts);
      },
    };

    let outcome = await this.call(action, context, request.input, signal);
    if ('parts' in outcome && outcome.parts) parts = outcome.parts;

    let queued = false;
    if (durable === 'yes') {
      try {
        if (isQueueable(outcome) && outcome.status === 'failed') {
          queued =
            (await this.outbox.queue(request.id, outcome, mail.captured(), parts)) !== undefined;
        } else if (options.fromOutbox && outcome.status === 'failed') {
          await this.outbox.giveUp(request.id, outcome.message, parts);
        } else {
          await this.outbox.settle(request.id);
        }
      } catch {
        queued = false;
      }
    }
    if (isQueueable(outcome) && !queued && outcome.status === 'failed') {
      outcome = {
        ...outcome,
        message: `${outcome.message} It could not be kept on this device to send later: keep the email and try again.`,
      };
    }
    this.report(request, outcome, queued, !!options.fromOutbox);
    return { outcome, queued, finalParts: parts };
  }

  private async call(
    action: LogAction,
    context: LogActionContext,
    input: unknown,
    signal: AbortSignal,
  ): Promise<LogOutcome> {
    try {
      const value = await action.run(context, input);
      const check = validateLogOutcome(value);
      if (check.ok) return check.outcome;
      this.diagnostics.record(action.id, 'error', 'The log action returned an invalid outcome', {
        problem: check.problem,
      });
      return {
        status: 'failed',
        message: `“${action.label}” did not say how it ended. Check the ticket in Halo, then try again; if it keeps happening, tell whoever installed this add-in.`,
        retryable: false,
      };
    } catch (error) {
      if (signal.aborted) return { status: 'cancelled' };
      const problem = toAppError(error);
      this.diagnostics.record(action.id, 'error', 'The log action failed', {
        kind: problem.kind,
        detail: problem.detail ?? problem.message,
      });
      return {
        status: 'failed',
        message: `${problem.message} ${problem.action}`,
        retryable: problem.retryable,
        kind: problem.kind,
        retryAfterMs: problem.retryAfterMs,
      };
    }
  }

  private report(
    request: LogRequest,
    outcome: LogOutcome,
    queued: boolean,
    fromOutbox: boolean,
  ): void {
    const data = { by: request.actionId, status: outcome.status, queued, fromOutbox };
    switch (outcome.status) {
      case 'done':
      case 'partial':
        this.diagnostics.record(
          'log',
          outcome.status === 'done' ? 'info' : 'warn',
          'Email logged',
          {
            ...data,
            ticketId: outcome.ticketId ?? null,
          },
        );
        this.store?.dispatch(
          HaloEvents.emailLogged({
            requestId: request.id,
            itemId: request.snapshot.itemId,
            internetMessageId: request.snapshot.internetMessageId,
            by: request.actionId,
            ticketId: outcome.ticketId ?? null,
            actionId: outcome.actionId ?? null,
            created: outcome.created ?? false,
            alreadyLogged: outcome.status === 'done' && (outcome.alreadyLogged ?? false),
            partial: outcome.status === 'partial',
            fromOutbox,
          }),
        );
        return;
      case 'failed':
        this.diagnostics.record('log', 'warn', 'Logging failed', {
          ...data,
          kind: outcome.kind ?? null,
        });
        this.store?.dispatch(
          HaloEvents.logFailed({
            requestId: request.id,
            itemId: request.snapshot.itemId,
            by: request.actionId,
            message: outcome.message,
            kind: outcome.kind ?? null,
            queued,
          }),
        );
        return;
      case 'cancelled':
        this.diagnostics.record('log', 'info', 'Logging cancelled', data);
    }
  }
}
