import { Injectable } from '@angular/core';
import type { Candidate, CandidateKind } from '../contracts/candidate';

/**
 * The records an agent chose for a sender and asked to remember ("always Northwind Legal for
 * nora@northwind.example"). The remembered-choice matcher proposes them for the sender's next
 * e-mails with full confidence.
 *
 * The default keeps choices in memory for the session. The app replaces it with persistent
 * storage (roaming settings, so choices follow the agent):
 * `{ provide: RememberedChoices, useClass: RoamingRememberedChoices }`.
 *
 * @usageNotes
 * ```ts
 * const choices = await context.choices.recall(senderKey(context.snapshot));
 * ```
 */
@Injectable({ providedIn: 'root', useFactory: () => new InMemoryRememberedChoices() })
export abstract class RememberedChoices {
  /** The candidates remembered for `sender` (a {@link senderKey}). */
  abstract recall(sender: string): Promise<readonly Candidate[]>;
  /** Remembers `candidate` for `sender`, replacing an earlier choice of the same kind. */
  abstract remember(sender: string, candidate: Candidate): Promise<void>;
  /** Forgets the choice of `kind` for `sender`, or every choice when no kind is given. */
  abstract forget(sender: string, kind?: CandidateKind): Promise<void>;
}

/** {@link RememberedChoices} kept in memory: lost when the pane closes. */
export class InMemoryRememberedChoices extends RememberedChoices {
  private readonly bySender = new Map<string, readonly Candidate[]>();

  /** {@inheritDoc RememberedChoices.recall} */
  async recall(sender: string): Promise<readonly Candidate[]> {
    return this.bySender.get(sender) ?? [];
  }

  /** {@inheritDoc RememberedChoices.remember} */
  async remember(sender: string, candidate: Candidate): Promise<void> {
    const kept = (this.bySender.get(sender) ?? []).filter((c) => c.kind !== candidate.kind);
    this.bySender.set(sender, [...kept, candidate]);
  }

  /** {@inheritDoc RememberedChoices.forget} */
  async forget(sender: string, kind?: CandidateKind): Promise<void> {
    const kept = kind ? (this.bySender.get(sender) ?? []).filter((c) => c.kind !== kind) : [];
    if (kept.length === 0) this.bySender.delete(sender);
    else this.bySender.set(sender, kept);
  }
}
