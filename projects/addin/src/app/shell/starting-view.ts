import { ChangeDetectionStrategy, Component } from '@angular/core';

/** What shows while the pane starts or a view loads: a quiet progress line and its words. */
@Component({
  selector: 'halo-starting-view',
  template: `
    <div class="track" role="progressbar" [attr.aria-label]="text.label">
      <div class="bar"></div>
    </div>
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
      height: 2px;
      overflow: hidden;
      background: var(--mat-sys-surface-container-high);
    }
    .bar {
      width: 30%;
      height: 100%;
      background: var(--mat-sys-primary);
      animation: slide 1.2s ease-in-out infinite;
    }
    .words {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    @keyframes slide {
      from {
        transform: translateX(-100%);
      }
      to {
        transform: translateX(340%);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bar {
        animation: none;
        width: 100%;
        opacity: 0.4;
      }
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
