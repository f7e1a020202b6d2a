import { Injectable } from '@angular/core';
import type { Candidate } from '../contracts/candidate';

/**
 * The last picture resolved for each sender, so that a sender seen before is shown at once while
 * the picture is refreshed. Only what belongs to the sender is kept (contact, client, site, open
 * tickets), never a thread, which belongs to one e-mail.
 *
 * The default keeps at most 200 senders in memory, the least recently seen forgotten first. The
 * app replaces it with device storage: `{ provide: SeenSenders, useClass: IdbSeenSenders }`.
 *
 * @usageNotes
 * ```ts
 * const cached = await inject(SeenSenders).recall('alice@contoso.example');
 * ```
 */
@Injectable({ providedIn: 'root', useFactory: () => new InMemorySeenSenders() })
export abstract class SeenSenders {
  /** The candidates last resolved for `sender`, or `null` when the sender was never seen. */
  abstract recall(sender: string): Promise<readonly Candidate[] | null>;
  /** Keeps `candidates` as the latest picture of `sender`. */
  abstract store(sender: string, candidates: readonly Candidate[]): Promise<void>;
}

/** {@link SeenSenders} kept in memory, bounded to `capacity` senders. */
export class InMemorySeenSenders extends SeenSenders {
  private readonly bySender = new Map<string, readonly Candidate[]>();

  constructor(private readonly capacity = 200) {
    super();
  }

  /** {@inheritDoc SeenSenders.recall} */
  async recall(sender: string): Promise<readonly Candidate[] | null> {
    const found = this.bySender.get(sender);
    if (found === undefined) return null;
    this.bySender.delete(sender);
    this.bySender.set(sender, found);
    return found;
  }

  /** {@inheritDoc SeenSenders.store} */
  async store(sender: string, candidates: readonly Candidate[]): Promise<void> {
    this.bySender.delete(sender);
    this.bySender.set(sender, candidates);
    for (const oldest of this.bySender.keys()) {
      if (this.bySender.size <= this.capacity) break;
      this.bySender.delete(oldest);
    }
  }
}
