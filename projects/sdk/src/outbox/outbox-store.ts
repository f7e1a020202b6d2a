import { inject } from '@angular/core';
import { AppError, DiagnosticsLog, toAppError } from '@halo-outlook/core';
import { patchState, signalStore, withMethods, withProps, withState } from '@ngrx/signals';
import type { LogOutcome } from '../contracts/log-action';
import type { LogPart } from '../contracts/log-part';
import type { JournalEntries } from '../log/log-journal';
import type { LogRequest } from '../log/log-request';
import type { CapturedMail } from '../mail/captured-mail';
import { outboxDelay } from './outbox-backoff';
import { type OutboxEntry, type OutboxItem, outboxItem } from './outbox-entry';
import { OUTBOX_POLICY } from './outbox-policy-token';
import { OutboxStorage } from './outbox-storage';

interface OutboxState {
  /** The entries, without their content, oldest first. */
  readonly items: readonly OutboxItem[];
  /** True once the stored entries were read. */
  readonly loaded: boolean;
  /** Why device storage could not be used, when it could not. */
  readonly problem: AppError | null;
}

/**
 * The outbox: log requests kept in device storage until Halo has them, so an e-mail is never
 * lost when Halo is unreachable, rate-limited or the pane closes mid-way. Every request is written
 * here before it is sent (`begin`) and removed once Halo has it (`settle`); one that failed because
 * Halo could not take it waits (`queue`) with its content and its journal, and is sent again by
 * the `OutboxReplayer` with exponential backoff. `items` is what the pane lists.
 *
 * @usageNotes
 * ```ts
 * const outbox = inject(OutboxStore);
 * await outbox.load();
 * outbox.items();           // entries not yet in Halo
 * await outbox.discard(id); // the agent gave up on one
 * ```
 */
export const OutboxStore = signalStore(
  { providedIn: 'root' },
  withState<OutboxState>({ items: [], loaded: false, problem: null }),
  withProps(() => ({
    _storage: inject(OutboxStorage),
    _policy: inject(OUTBOX_POLICY),
    _log: inject(DiagnosticsLog),
  })),
  withMethods((store) => {
    const show = (entry: OutboxEntry | undefined, id: string) => {
      const rest = store.items().filter((i) => i.id !== id);
      const items = entry ? [...rest, outboxItem(entry)] : rest;
      patchState(store, { items: items.sort((a, b) => a.createdAt - b.createdAt) });
    };
    const write = async (
      id: string,
      change: (entry: OutboxEntry | undefined) => OutboxEntry | undefined,
    ): Promise<OutboxEntry | undefined> => {
      try {
        const entry = await store._storage.update(id, change);
        show(entry, id);
        patchState(store, { problem: null });
        return entry;
      } catch (error) {
        const problem = toAppError(error);
        patchState(store, { problem });
        store._log.record('outbox', 'error', 'Device storage refused the outbox', {
          detail: problem.detail ?? problem.message,
        });
        throw problem;
      }
    };
    return {
      /** Reads the stored entries; an attempt whose pane went away becomes due again. */
      async load(): Promise<void> {
        try {
          const now = Date.now();
          const entries = await store._storage.list();
          patchState(store, {
            loaded: true,
            problem: null,
            items: entries.map((e) =>
              outboxItem(
                e.state === 'sending' && (e.leaseUntil ?? 0) <= now
                  ? { ...e, state: 'pending', nextAttemptAt: now, leaseUntil: null }
                  : e,
              ),
            ),
          });
        } catch (error) {
          patchState(store, { loaded: true, problem: toAppError(error) });
        }
      },

      /** The whole entry, content included. */
      entry(id: string): Promise<OutboxEntry | undefined> {
        return store._storage.get(id);
      },

      /**
       * Writes a request before it is sent and holds it for this attempt. Resolves false when
       * another pane holds it right now (its lease has not ended): do not send it then.
       */
      async begin(request: LogRequest, tenant: string): Promise<boolean> {
        const now = Date.now();
        let held = false;
        await write(request.id, (existing) => {
          if (existing?.state === 'sending' && (existing.leaseUntil ?? 0) > now) {
            held = true;
            return existing;
          }
          return {
            ...request,
            tenant,
            attempts: 0,
            problem: null,
            parts: [],
            mail: {},
            ...existing,
            journal: request.journal,
            state: 'sending',
            nextAttemptAt: null,
            leaseUntil: now + store._policy.leaseMs,
          };
        });
        return !held;
      },

      /** Keeps what the running attempt has done, and extends its hold. */
      async saveJournal(id: string, journal: JournalEntries): Promise<void> {
        await write(
          id,
          (e) => e && { ...e, journal, leaseUntil: Date.now() + store._policy.leaseMs },
        );
      },

      /**
       * The attempt failed because Halo could not take it: keep the content it read and wait for
       * the next attempt (or give up after `maxAttempts`).
       */
      async queue(
        id: string,
        outcome: Extract<LogOutcome, { status: 'failed' }>,
        mail: CapturedMail,
        parts: readonly LogPart[],
      ): Promise<OutboxEntry | undefined> {
        const now = Date.now();
        return write(id, (e) => {
          if (!e) return undefined;
          const attempts = e.attempts + 1;
          const givenUp = attempts >= store._policy.maxAttempts;
          const wait = outboxDelay(attempts, store._policy, outcome.retryAfterMs);
          return {
            ...e,
            attempts,
            state: givenUp ? 'failed' : 'pending',
            nextAttemptAt: givenUp ? null : now + wait,
            leaseUntil: null,
            problem: { message: outcome.message, kind: outcome.kind ?? null },
            parts,
            mail: {
              ...e.mail,
              ...mail,
              attachments: { ...e.mail.attachments, ...mail.attachments },
            },
          };
        });
      },

      /** The attempt failed in a way retrying by itself will not fix: keep it for the agent. */
      async giveUp(id: string, message: string, parts: readonly LogPart[] = []): Promise<void> {
        await write(
          id,
          (e) =>
            e && {
              ...e,
              attempts: e.attempts + 1,
              state: 'failed',
              nextAttemptAt: null,
              leaseUntil: null,
              problem: { message, kind: null },
              parts,
            },
        );
      },

      /** Halo has it (or it was cancelled): remove it. */
      async settle(id: string): Promise<void> {
        await write(id, () => undefined);
      },

      /** Makes an entry due now (the agent pressed Retry). */
      async markDue(id: string): Promise<void> {
        await write(id, (e) =>
          e && e.state !== 'sending'
            ? { ...e, state: 'pending', nextAttemptAt: Date.now(), leaseUntil: null }
            : e,
        );
      },

      /** Removes an entry the agent gave up on. */
      async discard(id: string): Promise<void> {
        await write(id, () => undefined);
        store._log.record('outbox', 'info', 'An outbox entry was discarded', { id });
      },
    };
  }),
);

/** The instance type of {@link OutboxStore}. */
export type OutboxStore = InstanceType<typeof OutboxStore>;
