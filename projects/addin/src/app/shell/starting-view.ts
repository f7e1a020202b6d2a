import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ProgressLine } from './progress-line';

/** What shows while the pane starts or a view loads: a quiet progress line and its words. */
@Component({
  selector: 'halo-starting-view',
  imports: [ProgressLine],
  template: `
    <halo-progress-line class="track" role="progressbar" [attr.aria-label]="text.label" />
    <p class="words">{{ text.words }}</p>
  `,
  styles: `
    :host {
      display: block;
      padding-top: 24px;
      text-align: center;
      /* Shown only when loading takes a moment, so quick switches do not flicker. */
      animation: reveal 0.2s 0.15s both;
    }
    @keyframes reveal {
      from {
        opacity: 0;
      }
    }
    .track {
      --halo-progress-height: 2px;
      --halo-progress-track: var(--mat-sys-surface-container-high);
    }
    .words {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartingView {
  protected readonly text = {
    label: $localize`:@@starting.label:Loading`,
    words: $localize`:@@starting.words:Connecting to Halo…`,
  };
}
