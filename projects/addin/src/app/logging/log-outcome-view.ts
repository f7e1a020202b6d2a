import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { HaloLinks } from '@halo-outlook/sdk';
import { ProgressLine } from '../shell/progress-line';
import { partStatus } from './log-part-status';
import { canRetry, type PanelRun } from './panel-run';

/**
 * How the last log request of the e-mail stands: running (each file with its status, and Cancel),
 * done (a link to the ticket), partial (the files that failed, and Retry), waiting in the outbox,
 * or failed (what happened, what to do, and Retry when it can help).
 */
@Component({
  selector: 'halo-log-outcome',
  imports: [MatButton, ProgressLine],
  template: `
    @if (run(); as run) {
      @let outcome = run.outcome;
      <div class="outcome" [class.problem]="problem()" [attr.role]="problem() ? 'alert' : 'status'">
        @if (elsewhere()) {
          <p class="email" i18n="@@logging.otherEmail">
            The email “{{ run.request.snapshot.subject }}”:
          </p>
        }
        @if (!outcome) {
          <halo-progress-line aria-hidden="true" />
          <p i18n="@@logging.running">Logging to Halo…</p>
        } @else {
          @switch (outcome.status) {
            @case ('done') {
              <p>
                {{ outcome.message || doneText(outcome.ticketId) }}
                @if (ticketUrl(); as url) {
                  <a [href]="url" target="_blank" rel="noopener" i18n="@@logging.openTicket"
                    >Open #{{ outcome.ticketId }} in Halo</a
                  >
                }
              </p>
            }
            @case ('partial') {
              <p>{{ outcome.message }}</p>
              @if (ticketUrl(); as url) {
                <a [href]="url" target="_blank" rel="noopener" i18n="@@logging.openTicket"
                  >Open #{{ outcome.ticketId }} in Halo</a
                >
              }
            }
            @case ('cancelled') {
              <p i18n="@@logging.cancelled">Stopped. What Halo already has stays there.</p>
            }
            @case ('failed') {
              @if (run.queued) {
                <p i18n="@@logging.queued">
                  Kept in the outbox on this device: it is sent again by itself.
                  {{ outcome.message }}
                </p>
              } @else {
                <p>{{ outcome.message }}</p>
              }
            }
          }
        }
        @if (run.parts.length) {
          <ul class="parts">
            @for (part of run.parts; track part.id) {
              <li [class]="part.status">
                <span class="name">{{ part.label }}</span>{{ ' '
                }}<span class="state">{{ status(part) }}</span>
              </li>
            }
          </ul>
        }
        <div class="buttons">
          @if (!outcome) {
            <button matButton="text" type="button" (click)="stop.emit()" i18n="@@logging.cancel">
              Cancel
            </button>
          } @else {
            @if (retryable()) {
              <button matButton="tonal" type="button" (click)="retry.emit()">
                {{ retryText() }}
              </button>
            }
            <button
              matButton="text"
              type="button"
              (click)="dismiss.emit()"
              i18n="@@logging.dismiss"
            >
              Dismiss
            </button>
          }
        </div>
      </div>
    }
  `,
  styleUrl: './log-outcome-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogOutcomeView {
  /** The request to show. */
  readonly run = input<PanelRun | null>(null);
  /** The open email's item id: a request of another email says which one it is. */
  readonly itemId = input<string | null>(null);
  /** The agent asks to try again. */
  readonly retry = output();
  /** The agent closes the message. */
  readonly dismiss = output();
  /** The agent stops the running request. */
  readonly stop = output();

  private readonly links = inject(HaloLinks);
  protected readonly status = partStatus;

  protected readonly elsewhere = computed(() => {
    const run = this.run();
    return run !== null && run.request.snapshot.itemId !== this.itemId();
  });
  protected readonly problem = computed(() => {
    const outcome = this.run()?.outcome;
    return outcome?.status === 'failed' || outcome?.status === 'partial';
  });
  protected readonly ticketUrl = computed(() => {
    const outcome = this.run()?.outcome;
    const id = outcome && 'ticketId' in outcome ? outcome.ticketId : undefined;
    return id ? this.links.ticket(id) : null;
  });
  protected readonly retryable = computed(() => canRetry(this.run()));
  protected readonly retryText = computed(() => {
    const run = this.run();
    if (run?.queued) return $localize`:@@logging.retryNow:Retry now`;
    return run?.outcome?.status === 'partial'
      ? $localize`:@@logging.retryParts:Retry what failed`
      : $localize`:@@logging.retry:Retry`;
  });

  protected doneText(ticketId: number | undefined): string {
    return ticketId
      ? $localize`:@@logging.done:Logged to #${ticketId}:ticket:.`
      : $localize`:@@logging.doneNoTicket:Done.`;
  }
}
