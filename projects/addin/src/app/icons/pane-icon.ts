import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PANE_ICONS, PaneIconName } from './pane-icons';

/**
 * One of the pane's icons, drawn inline in the current text colour. Decorative: it is hidden from
 * screen readers, so the button or text beside it carries the meaning. `name` picks one of the
 * bar's {@link PANE_ICONS}; a view's icons (`VIEW_ICONS`, or its own, kept out of the first
 * screen) are given as `drawing`, path data on the same 24 px grid. In a Material button, mark it `matButtonIcon` (and
 * `iconPositionEnd` after the label): it takes Material's icon size and spacing, with
 * `--halo-button-icon-offset: -8px` for filled and outlined buttons.
 *
 * @usageNotes
 * `<button aria-label="Settings"><halo-icon name="settings" /></button>`,
 * `<button mat-button><halo-icon matButtonIcon [drawing]="icons.refresh" />Refresh</button>`
 */
@Component({
  selector: 'halo-icon',
  template: `
    <svg viewBox="0 0 24 24" focusable="false">
      @for (d of paths(); track $index) {
        <path [attr.d]="d" />
      }
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex: none;
      width: var(--halo-icon-size, 20px);
      height: var(--halo-icon-size, 20px);
      vertical-align: middle;
    }
    /* Material's button icons: 18 px, 8 px from the label, pulled into the padding. */
    :host([matButtonIcon]) {
      --halo-icon-size: 18px;
      margin-inline: var(--halo-button-icon-offset, -4px) 8px;
    }
    :host([matButtonIcon][iconPositionEnd]) {
      margin-inline: 8px var(--halo-button-icon-offset, -4px);
    }
    svg {
      width: 100%;
      height: 100%;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.6;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
  `,
  host: { 'aria-hidden': 'true' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaneIcon {
  /** Which of the bar's icons. */
  readonly name = input<PaneIconName>();
  /** Or a drawing of the view's own: path data on the 24 px grid. */
  readonly drawing = input<readonly string[]>();

  protected readonly paths = computed<readonly string[]>(() => {
    const name = this.name();
    return this.drawing() ?? (name ? PANE_ICONS[name] : []);
  });
}
