import { Injectable, inject } from '@angular/core';
import { DeviceStore } from '@halo-outlook/core';
import type { OutboxEntry } from './outbox-entry';

const PREFIX = 'log:';

/**
 * Where outbox entries live: core's `DeviceStore`, area `outbox` (IndexedDB, so attachment content
 * of tens of megabytes fits, and signing out keeps it: it is work not yet sent). Writes of one
 * entry are serialised, so a journal update never overwrites a newer state.
 *
 * @usageNotes
 * `await inject(OutboxStorage).update(id, (entry) => ({ ...entry, state: 'pending' }));`
 */
@Injectable({ providedIn: 'root' })
export class OutboxStorage {
  private readonly device = inject(DeviceStore);
  private readonly queues = new Map<string, Promise<unknown>>();

  /** Every entry, oldest first. */
  async list(): Promise<OutboxEntry[]> {
    const keys = (await this.device.keys('outbox')).filter((k) => k.startsWith(PREFIX));
    const entries = await Promise.all(keys.map((k) => this.device.get<OutboxEntry>('outbox', k)));
    return entries
      .filter((e): e is OutboxEntry => e !== undefined)
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  /** One entry, or undefined. */
  get(id: string): Promise<OutboxEntry | undefined> {
    return this.serial(id, () => this.device.get<OutboxEntry>('outbox', PREFIX + id));
  }

  /**
   * Reads, changes and writes one entry, after any earlier change of it. `change` receives
   * undefined when there is none; returning undefined deletes it (or keeps it absent).
   */
  update(
    id: string,
    change: (entry: OutboxEntry | undefined) => OutboxEntry | undefined,
  ): Promise<OutboxEntry | undefined> {
    return this.serial(id, async () => {
      const next = change(await this.device.get<OutboxEntry>('outbox', PREFIX + id));
      if (next === undefined) await this.device.delete('outbox', PREFIX + id);
      else await this.device.put('outbox', PREFIX + id, next);
      return next;
    });
  }

  /** Deletes one entry. */
  async delete(id: string): Promise<void> {
    await this.update(id, () => undefined);
  }

  private serial<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.queues.set(id, next);
    void next
      .catch(() => undefined)
      .then(() => {
        if (this.queues.get(id) === next) this.queues.delete(id);
      });
    return next;
  }
}
