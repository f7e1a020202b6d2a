import { Injectable, type Signal, computed, signal } from '@angular/core';

/** One round trip to Halo, as the {@link RequestLedger} counts it. */
export interface LedgerEntry {
  /** The scope the request was made in (an e-mail's id), or `null`. */
  readonly scope: string | null;
  /** `GET`, `POST`, … */
  readonly method: string;
  /** The path below the API base (`/Tickets`). */
  readonly path: string;
  /** The HTTP status (0 when no answer arrived). */
  readonly status: number;
  /** How long the round trip took, in ms. */
  readonly durationMs: number;
}

const KEPT_ENTRIES = 500;

/**
 * Counts every round trip to Halo (each retry included) by scope, so diagnostics and benchmarks can
 * show what one e-mail cost. Identical GETs shared in flight and answers from cache cost nothing,
 * and so are not counted.
 *
 * @usageNotes
 * ```ts
 * const facade = inject(HaloFacades).read('email:AAMk…');
 * await facade.usersByEmail('alice@contoso.example');
 * inject(RequestLedger).count('email:AAMk…'); // 1
 * ```
 */
@Injectable()
export class RequestLedger {
  private readonly log = signal<readonly LedgerEntry[]>([]);

  /** The latest round trips, oldest first (at most 500 kept). */
  readonly entries: Signal<readonly LedgerEntry[]> = this.log.asReadonly();

  /** How many round trips are kept. */
  readonly total: Signal<number> = computed(() => this.log().length);

  /** Adds one round trip. */
  record(entry: LedgerEntry): void {
    this.log.update((entries) => [...entries.slice(-(KEPT_ENTRIES - 1)), entry]);
  }

  /** The round trips made in `scope`. */
  entriesOf(scope: string): readonly LedgerEntry[] {
    return this.log().filter((entry) => entry.scope === scope);
  }

  /** How many round trips were made in `scope`. */
  count(scope: string): number {
    return this.entriesOf(scope).length;
  }

  /** Forgets every entry. */
  clear(): void {
    this.log.set([]);
  }
}
