import { Injectable, inject } from '@angular/core';
import { DeviceStore } from '@halo-outlook/core';
import { type Candidate, SeenSenders } from '@halo-outlook/sdk';
import { readStoredCandidates, toStoredCandidates } from './stored-candidates';

/** The most senders whose picture is kept on the device; the least recently seen go first. */
export const SEEN_SENDERS_CAPACITY = 500;

/** How long a sender's picture is shown from the device before it counts as never seen: 30 days. */
export const SEEN_SENDER_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** The key prefix of a sender's picture in the device's `cache` area. */
export const SEEN_SENDER_KEY_PREFIX = 'seen-sender:';

/** A sender's picture as stored. */
interface SeenEntry {
  readonly candidates: readonly Candidate[];
  /** When it was stored (epoch ms). */
  readonly seenAt: number;
}

/**
 * {@link SeenSenders} in device storage (IndexedDB, the `cache` area): a sender seen before is
 * shown at once even after the pane was closed, while the resolution store refreshes the picture.
 *
 * - The `cache` area is emptied when the agent signs out, so no picture outlives the session it
 *   was resolved in, nor crosses to another Halo tenant.
 * - At most {@link SEEN_SENDERS_CAPACITY} senders are kept (the least recently seen are dropped),
 *   and a picture older than {@link SEEN_SENDER_MAX_AGE_MS} is not shown.
 * - A stored value that cannot be read is treated as never seen; failures never break resolving
 *   (the store ignores a failed write, and a failed read is only a slower start).
 *
 * @usageNotes
 * Provided by `provideEmailResolution()`: `{ provide: SeenSenders, useClass: DeviceSeenSenders }`.
 */
@Injectable()
export class DeviceSeenSenders extends SeenSenders {
  private readonly device = inject(DeviceStore);
  /** Writes run one after another, so pruning never races a write. */
  private writes: Promise<unknown> = Promise.resolve();

  /** {@inheritDoc SeenSenders.recall} */
  async recall(sender: string): Promise<readonly Candidate[] | null> {
    const entry = await this.device.get<unknown>('cache', SEEN_SENDER_KEY_PREFIX + sender);
    const seen = readEntry(entry);
    if (seen === null || Date.now() - seen.seenAt > SEEN_SENDER_MAX_AGE_MS) return null;
    return seen.candidates;
  }

  /** {@inheritDoc SeenSenders.store} */
  store(sender: string, candidates: readonly Candidate[]): Promise<void> {
    const write = this.writes.then(async () => {
      const entry: SeenEntry = { candidates: toStoredCandidates(candidates), seenAt: Date.now() };
      await this.device.put('cache', SEEN_SENDER_KEY_PREFIX + sender, entry);
      await this.prune();
    });
    this.writes = write.catch(() => undefined);
    return write;
  }

  /** Drops the least recently seen senders beyond the capacity. */
  private async prune(): Promise<void> {
    const keys = (await this.device.keys('cache')).filter((k) =>
      k.startsWith(SEEN_SENDER_KEY_PREFIX),
    );
    if (keys.length <= SEEN_SENDERS_CAPACITY) return;
    const entries = await Promise.all(
      keys.map(async (key) => ({
        key,
        seenAt: readEntry(await this.device.get<unknown>('cache', key))?.seenAt ?? 0,
      })),
    );
    entries.sort((a, b) => a.seenAt - b.seenAt);
    const extra = entries.slice(0, entries.length - SEEN_SENDERS_CAPACITY);
    await Promise.all(extra.map((e) => this.device.delete('cache', e.key)));
  }
}

function readEntry(value: unknown): SeenEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const { candidates, seenAt } = value as Record<string, unknown>;
  const read = readStoredCandidates(candidates);
  return read !== null && typeof seenAt === 'number' ? { candidates: read, seenAt } : null;
}
