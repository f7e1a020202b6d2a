import { Injectable, InjectionToken, Signal, inject, signal } from '@angular/core';
import type {
  DiagnosticData,
  DiagnosticEntry,
  DiagnosticLevel,
  DiagnosticsLog,
} from './diagnostics-log';
import { redactData, redactText } from './redact';

/** How many entries the diagnostics trail keeps (the oldest go first). Default 500. */
export const DIAGNOSTICS_CAPACITY = new InjectionToken<number>('DIAGNOSTICS_CAPACITY', {
  providedIn: 'root',
  factory: () => 500,
});

/**
 * The diagnostics trail: the default {@link DiagnosticsLog}. Bounded (oldest entries dropped),
 * redacted on the way in (no tokens, no bodies, addresses trimmed), readable as a signal for a
 * diagnostics view and exportable as text for a bug report.
 *
 * @usageNotes
 * ```ts
 * const trail = inject(DiagnosticsTrail);
 * const count = computed(() => trail.entries().length);
 * download('halo-outlook-diagnostics.json', trail.export());
 * ```
 */
@Injectable({ providedIn: 'root' })
export class DiagnosticsTrail implements DiagnosticsLog {
  private readonly capacity = Math.max(1, inject(DIAGNOSTICS_CAPACITY));
  private readonly list = signal<readonly DiagnosticEntry[]>([]);
  private dropped = 0;

  /** The entries kept, oldest first. */
  readonly entries: Signal<readonly DiagnosticEntry[]> = this.list.asReadonly();

  /** Records one entry, redacted. Never throws. */
  record(source: string, level: DiagnosticLevel, message: string, data?: DiagnosticData): void {
    try {
      const entry: DiagnosticEntry = Object.freeze({
        at: new Date().toISOString(),
        source: redactText(source),
        level,
        message: redactText(message),
        ...(data ? { data: Object.freeze(redactData(data)) } : {}),
      });
      this.list.update((list) => {
        const next = [...list, entry];
        const excess = next.length - this.capacity;
        if (excess > 0) this.dropped += excess;
        return excess > 0 ? next.slice(excess) : next;
      });
    } catch {
      // A diagnostics trail must never break the caller.
    }
  }

  /** The trail as pretty JSON, with how many older entries were dropped. */
  export(): string {
    return JSON.stringify(
      { exportedAt: new Date().toISOString(), dropped: this.dropped, entries: this.list() },
      null,
      2,
    );
  }

  /** Empties the trail. */
  clear(): void {
    this.dropped = 0;
    this.list.set([]);
  }
}
