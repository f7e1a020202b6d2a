import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PANE_ICONS, PaneIconName } from './pane-icons';

/**
 * One of the pane's icons, drawn inline in the current text colour. Decorative: it is hidden from
 * screen readers, so the button or text beside it carries the meaning.
 *
 * @usageNotes
 * `<button aria-label="Settings"><halo-icon name="settings" /></button>`
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
  /** Which icon. */
  readonly name = input.required<PaneIconName>();

  protected readonly paths = computed<readonly string[]>(() => PANE_ICONS[this.name()]);
}
