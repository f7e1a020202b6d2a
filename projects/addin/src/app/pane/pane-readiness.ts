import {
  Injectable,
  type Signal,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { ResolutionStore } from '@halo-outlook/sdk';
import { ResolutionMilestonesRecorder } from '../resolution/resolution-milestones';
import { PaneTicketsStore } from './tickets/tickets-store';
import { epochMs, markPerformance } from '../resolution/performance-marks';

/** When the pane was ready for an email: the picture settled and the open tickets in. */
export interface PaneReadyMark {
  /** The email's scope. */
  readonly scope: string;
  /** Epoch ms. */
  readonly at: number;
}

/**
 * Says when the pane is ready for the current email — every matcher has finished and Halo has
 * answered for the client's open tickets (or there is no client to ask about) — and writes the
 * `halo:pane:ready` performance mark. With the resolution's milestones, it is what the pane
 * publishes in `data-` attributes for diagnostics and `npm run bench:resolve`. Provided by
 * `providePaneStores()`.
 */
@Injectable()
export class PaneReadiness {
  private readonly resolution = inject(ResolutionStore);
  private readonly tickets = inject(PaneTicketsStore);
  private readonly milestones = inject(ResolutionMilestonesRecorder);
  private readonly mark = signal<PaneReadyMark | null>(null);

  /** True when the pane shows everything it will for the current email. */
  readonly ready: Signal<boolean> = computed(
    () =>
      this.resolution.ready() &&
      (this.tickets.client() === null || this.tickets.answered() || this.tickets.failed()),
  );

  /** The milestones of the current email, as JSON for a `data-` attribute (null: none). */
  readonly published: Signal<string | null> = computed(() => {
    const current = this.milestones.current();
    if (current === null) return null;
    const ready = this.mark();
    return JSON.stringify({
      ...current,
      paneReadyAt: ready !== null && ready.scope === current.scope ? ready.at : null,
    });
  });

  constructor() {
    effect(() => {
      const scope = this.resolution.scope();
      const ready = this.ready();
      untracked(() => {
        if (scope === null || !ready || this.mark()?.scope === scope) return;
        const now = performance.now();
        this.mark.set({ scope, at: epochMs(now) });
        markPerformance('halo:pane:ready', now, { scope });
      });
    });
  }
}
