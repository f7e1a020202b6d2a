import { Injectable, type Signal, effect, inject, signal, untracked } from '@angular/core';
import { RequestLedger } from '@halo-outlook/halo';
import { ResolutionStore, type ResolutionTiming } from '@halo-outlook/sdk';
import { epochMs, markPerformance } from './performance-marks';

/** Where the first candidates shown for an email came from. */
export type FirstResultSource = 'cache' | 'halo';

/** When resolving the current email reached its milestones, in epoch ms (comparable across processes). */
export interface ResolutionMilestones {
  /** The email's scope (`email:<itemId>`). */
  readonly scope: string;
  /** When resolving started. */
  readonly startedAt: number;
  /** When the first candidates were shown, or null. */
  readonly firstResultAt: number | null;
  /** Whether they came from the sender's cached picture or from Halo. */
  readonly firstSource: FirstResultSource | null;
  /** When every matcher had finished, or null. */
  readonly settledAt: number | null;
  /** Round trips to Halo counted under the scope when it settled (null before). */
  readonly requestsWhenSettled: number | null;
}

/**
 * Follows the resolution of the current email and records its milestones, for diagnostics and the
 * `bench:resolve` benchmark: as performance marks (`halo:resolve:start`, `halo:resolve:first-result`,
 * `halo:resolve:settled`, with the scope in `detail`, visible in the browser's performance tools) and
 * as the {@link current} signal, which the pane view writes into `data-` attributes.
 *
 * @usageNotes
 * Provided and started by `provideEmailResolution()`; read with `inject(ResolutionMilestonesRecorder).current()`.
 */
@Injectable()
export class ResolutionMilestonesRecorder {
  private readonly resolution = inject(ResolutionStore);
  private readonly ledger = inject(RequestLedger);
  private readonly state = signal<ResolutionMilestones | null>(null);

  /** The milestones of the email being resolved, or null when none is. */
  readonly current: Signal<ResolutionMilestones | null> = this.state.asReadonly();

  constructor() {
    effect(() => {
      const scope = this.resolution.scope();
      const timing = this.resolution.timing();
      untracked(() => this.record(scope, timing));
    });
  }

  private record(scope: string | null, timing: ResolutionTiming): void {
    if (scope === null || timing.startedAt === null) {
      this.state.set(null);
      return;
    }
    let now = this.state();
    if (now === null || now.scope !== scope || now.startedAt !== epochMs(timing.startedAt)) {
      now = {
        scope,
        startedAt: epochMs(timing.startedAt),
        firstResultAt: null,
        firstSource: null,
        settledAt: null,
        requestsWhenSettled: null,
      };
      markPerformance('halo:resolve:start', timing.startedAt, { scope });
    }
    if (now.firstResultAt === null && timing.firstResultAt !== null) {
      const cached = this.resolution.candidates().some((c) => c.sources.includes('cache'));
      const firstSource: FirstResultSource = cached ? 'cache' : 'halo';
      now = { ...now, firstResultAt: epochMs(timing.firstResultAt), firstSource };
      markPerformance('halo:resolve:first-result', timing.firstResultAt, {
        scope,
        source: firstSource,
      });
    }
    if (now.settledAt === null && timing.settledAt !== null) {
      const requests = this.ledger.count(scope);
      now = { ...now, settledAt: epochMs(timing.settledAt), requestsWhenSettled: requests };
      markPerformance('halo:resolve:settled', timing.settledAt, { scope, requests });
    }
    this.state.set(now);
  }
}
