import { DestroyRef, Injectable, effect, inject, signal, untracked } from '@angular/core';
import { DiagnosticsLog, TokenService } from '@halo-outlook/core';
import { lastValueFrom } from 'rxjs';
import { HaloLinks } from '../links/halo-links';
import type { LogRunUpdate } from '../log/log-run-update';
import { LogRunner } from '../log/log-runner';
import type { OutboxItem } from './outbox-entry';
import { OutboxStore } from './outbox-store';

/**
 * Sends the outbox again: at start, whenever an entry's backoff ends, when the browser comes back
 * online and when the agent signs in, one entry at a time, only while signed in to the entry's
 * Halo. Each attempt is a normal run of its log action with the content and journal kept in the
 * entry, so a well-written action checks what is already in Halo (the e-mail's message id) and
 * continues from its journal: a replay never logs an e-mail twice.
 *
 * @usageNotes
 * ```ts
 * inject(OutboxReplayer).start(); // once, when the pane starts (provideEmailLogging does it)
 * await inject(OutboxReplayer).retryNow(id);
 * ```
 * Provided by `provideHaloPlugins(...)`, beside the log runner it sends through.
 */
@Injectable()
export class OutboxReplayer {
  private readonly outbox = inject(OutboxStore);
  private readonly runner = inject(LogRunner);
  private readonly auth = inject(TokenService);
  private readonly links = inject(HaloLinks);
  private readonly diagnostics = inject(DiagnosticsLog);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private flushing: Promise<void> | null = null;
  private again = false;
  private readonly started = signal(false);
  private readonly onOnline = () => void this.flush();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
    // Signing in (again) sends what waited for it.
    effect(() => {
      if (this.started() && this.auth.state().status === 'signed-in') {
        untracked(() => void this.flush());
      }
    });
  }

  /** Loads the outbox and keeps sending it while the pane is open. Calling it again does nothing. */
  start(): void {
    if (untracked(this.started)) return;
    this.started.set(true);
    globalThis.addEventListener?.('online', this.onOnline);
    void this.outbox.load().then(() => this.flush());
  }

  /** Stops the timer and the listeners (the pane closes). */
  stop(): void {
    this.started.set(false);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    globalThis.removeEventListener?.('online', this.onOnline);
  }

  /** Sends one entry now (the agent pressed Retry); resolves when the attempt ended. */
  async retryNow(id: string): Promise<void> {
    await this.outbox.markDue(id);
    await this.flush();
  }

  /** Sends every due entry, one at a time; resolves when done. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = this.drain().finally(() => {
      this.flushing = null;
      if (this.again) {
        this.again = false;
        void this.flush();
      } else {
        this.schedule();
      }
    });
    return this.flushing;
  }

  private async drain(): Promise<void> {
    if (this.auth.state().status !== 'signed-in') return;
    const tenant = this.links.tenantKey();
    const tried = new Set<string>();
    for (;;) {
      const now = Date.now();
      const next = this.outbox
        .items()
        .find((item) => !tried.has(item.id) && isDue(item, now) && item.tenant === tenant);
      if (!next) return;
      tried.add(next.id);
      const entry = await this.outbox.entry(next.id);
      if (!entry) continue;
      const last: LogRunUpdate | undefined = await lastValueFrom(
        this.runner.run(entry, { mail: entry.mail, fromOutbox: true }),
        { defaultValue: undefined },
      ).catch((error: unknown) => {
        this.diagnostics.record('outbox', 'error', 'An outbox attempt broke', {
          detail: String(error),
        });
        return undefined;
      });
      if (last?.queued && last.outcome?.status === 'failed') {
        // Halo still cannot take it: the others would fail alike; wait for the backoff.
        return;
      }
    }
  }

  private schedule(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (!untracked(this.started)) return;
    const times = this.outbox
      .items()
      .filter((i) => i.state === 'pending' && i.nextAttemptAt !== null)
      .map((i) => i.nextAttemptAt as number);
    const leases = this.outbox
      .items()
      .filter((i) => i.state === 'sending' && i.leaseUntil !== null)
      .map((i) => i.leaseUntil as number);
    const at = Math.min(...times, ...leases);
    if (!Number.isFinite(at)) return;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        void this.outbox.load().then(() => this.flush());
      },
      Math.max(0, at - Date.now()),
    );
  }
}

function isDue(item: OutboxItem, now: number): boolean {
  if (item.state === 'pending') return (item.nextAttemptAt ?? 0) <= now;
  if (item.state === 'sending') return (item.leaseUntil ?? 0) <= now;
  return false;
}
