import { ChangeDetectionStrategy, Component } from '@angular/core';

/**
 * An indeterminate progress line in Material 3's look (a primary bar sliding along its track),
 * drawn with CSS: the first screen shows it while the pane starts, and the pane reuses it, so no
 * progress-bar component is downloaded. Give the host `role="progressbar"` and an `aria-label`
 * where it is the only sign of progress, or `aria-hidden="true"` where words say it; its
 * thickness is `--halo-progress-height` (4 px).
 *
 * @usageNotes
 * `<halo-progress-line role="progressbar" aria-label="Loading the form" />`
 */
@Component({
  selector: 'halo-progress-line',
  template: `<div class="bar"></div>`,
  styles: `
    :host {
      display: block;
      height: var(--halo-progress-height, 4px);
      overflow: hidden;
      background: var(--halo-progress-track, var(--mat-sys-surface-variant));
    }
    .bar {
      width: 30%;
      height: 100%;
      background: var(--mat-sys-primary);
      animation: slide 1.2s ease-in-out infinite;
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
        width: 100%;
        animation: none;
        opacity: 0.4;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgressLine {}
