import { Injectable } from '@angular/core';
import { DiagnosticsTrail } from './diagnostics-trail';

/** How serious a diagnostics entry is. */
export type DiagnosticLevel = 'debug' | 'info' | 'warn' | 'error';

/** Small, already-redacted values that may accompany a diagnostics entry. */
export type DiagnosticData = Readonly<Record<string, string | number | boolean | null>>;

/** One entry of the diagnostics trail. */
export interface DiagnosticEntry {
  /** When it happened, ISO 8601. */
  readonly at: string;
  /** Who reported it: `halo.http`, `auth`, a plugin id… */
  readonly source: string;
  /** How serious it is. */
  readonly level: DiagnosticLevel;
  /** What happened. */
  readonly message: string;
  /** Extra values (redacted again by the trail before storage). */
  readonly data?: DiagnosticData;
}

/**
 * Where the add-in records what it did, for a user to export with a bug report. The trail is
 * bounded and redacted: no tokens, no bodies, addresses trimmed.
 *
 * @usageNotes
 * ```ts
 * inject(DiagnosticsLog).record('halo.http', 'info', 'GET /api/Tickets 200', { ms: 182 });
 * ```
 *
 * Provided in the root injector by default as the {@link DiagnosticsTrail}; replace it with
 * `{ provide: DiagnosticsLog, useClass: … }` to send entries elsewhere.
 */
@Injectable({ providedIn: 'root', useExisting: DiagnosticsTrail })
export abstract class DiagnosticsLog {
  /** Records one entry. Never throws. */
  abstract record(
    source: string,
    level: DiagnosticLevel,
    message: string,
    data?: DiagnosticData,
  ): void;
}
