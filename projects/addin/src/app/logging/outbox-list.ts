import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { HaloLinks, type OutboxItem, OutboxReplayer, OutboxStore } from '@halo-outlook/sdk';

/**
 * The outbox: log requests kept on this device until Halo has them, each with where it stands
 * (waiting for its next try, being sent, or stopped with the reason) and Retry and Discard.
 * Discarding asks once more, since the email is then not logged.
 */
@Component({
  selector: 'halo-outbox-list',
  imports: [MatButton],
  template: `
    @if (items().length) {
      <section class="outbox" aria-labelledby="outbox-title">
        <h4 id="outbox-title" i18n="@@logging.outbox.title">
          Outbox:
          {items().length, plural, =1 {1 email waits} other {{{ items().length }} emails wait}} for
          Halo
        </h4>
        @if (outbox.problem(); as problem) {
          <p class="problem" role="alert">{{ problem.message }} {{ problem.action }}</p>
        }
        <ul>
          @for (item of items(); track item.id) {
            <li>
              <span class="what"
                >{{ item.label }}: {{ item.snapshot.subject || item.snapshot.from.address }}</span
              >
              <span class="state">{{ stateOf(item) }}</span>
              @if (item.tenant !== tenant()) {
                <span class="state" i18n="@@logging.outbox.otherHalo"
                  >For another Halo: sign in to it to send this.</span
                >
              }
              <span class="buttons">
                @if (item.state !== 'sending') {
                  <button
                    matButton="text"
                    type="button"
                    (click)="retry(item)"
                    i18n="@@logging.outbox.retry"
                  >
                    Retry
                  </button>
                  @if (confirming() === item.id) {
                    <button
                      matButton="tonal"
                      type="button"
                      class="danger"
                      (click)="discard(item)"
                      i18n="@@logging.outbox.confirm"
                    >
                      Discard: the email stays unlogged
                    </button>
                  } @else {
                    <button
                      matButton="text"
                      type="button"
                      (click)="confirming.set(item.id)"
                      i18n="@@logging.outbox.discard"
                    >
                      Discard
                    </button>
                  }
                }
              </span>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styleUrl: './outbox-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxList {
  /** A request the panel shows itself while it runs (left out here). */
  readonly running = input<string | null>(null);

  protected readonly outbox = inject(OutboxStore);
  private readonly replayer = inject(OutboxReplayer);
  private readonly links = inject(HaloLinks);
  protected readonly confirming = signal<string | null>(null);
  protected readonly tenant = computed(() => this.links.tenantKey());
  protected readonly items = computed(() =>
    this.outbox.items().filter((i) => !(i.state === 'sending' && i.id === this.running())),
  );

  protected stateOf(item: OutboxItem): string {
    const reason = item.problem?.message ?? '';
    switch (item.state) {
      case 'sending':
        return $localize`:@@logging.outbox.sending:Sending…`;
      case 'pending': {
        const at = item.nextAttemptAt ? new Date(item.nextAttemptAt) : null;
        const time = at
          ? at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
          : '';
        return $localize`:@@logging.outbox.pending:Next try at ${time}:time:. ${reason}:reason:`;
      }
      case 'failed':
        return $localize`:@@logging.outbox.failed:Stopped trying: ${reason}:reason:`;
    }
  }

  protected retry(item: OutboxItem): void {
    this.confirming.set(null);
    void this.replayer.retryNow(item.id);
  }

  protected discard(item: OutboxItem): void {
    this.confirming.set(null);
    void this.outbox.discard(item.id);
  }
}
