import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { PaneIcon } from '../icons/pane-icon';
import { VIEW_ICONS } from '../icons/view-icons';

/**
 * A value to paste elsewhere, with a copy button. The button says whether the copy worked (for
 * screen readers too), and the value stays selectable when a host refuses the clipboard.
 */
@Component({
  selector: 'halo-copy-field',
  imports: [MatIconButton, PaneIcon],
  template: `
    <div class="label" [id]="labelId">{{ label() }}</div>
    <div class="row">
      <code class="value" [attr.aria-labelledby]="labelId">{{ value() }}</code>
      <button
        mat-icon-button
        type="button"
        [attr.aria-label]="copyLabel()"
        [attr.aria-describedby]="labelId"
        (click)="copy()"
      >
        <halo-icon [drawing]="state() === 'copied' ? icons.check : icons.copy" />
      </button>
    </div>
    <div class="status" aria-live="polite">
      @switch (state()) {
        @case ('copied') {
          <ng-container i18n="@@copy.copied">Copied</ng-container>
        }
        @case ('failed') {
          <ng-container i18n="@@copy.failed"
            >Could not copy: select the text and copy it.</ng-container
          >
        }
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .label {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .row {
      display: flex;
      align-items: center;
      gap: 4px;
    }
    .value {
      flex: 1;
      min-width: 0;
      padding: 4px 8px;
      border-radius: var(--mat-sys-corner-extra-small);
      background: var(--mat-sys-surface-container);
      font-family: Consolas, 'Cascadia Mono', 'Roboto Mono', monospace;
      font-size: 12px;
      overflow-wrap: anywhere;
      user-select: all;
    }
    .status {
      min-height: 16px;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CopyField {
  /** The icons this view draws. */
  protected readonly icons = VIEW_ICONS;
  private static next = 0;
  private readonly clipboard = inject(Clipboard);
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** What the value is. */
  readonly label = input.required<string>();
  /** The value to copy. */
  readonly value = input.required<string>();

  protected readonly labelId = `halo-copy-${CopyField.next++}`;
  protected readonly state = signal<'idle' | 'copied' | 'failed'>('idle');
  protected readonly copyLabel = computed(
    () => $localize`:@@copy.button:Copy ${this.label()}:what:`,
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected copy(): void {
    this.state.set(this.clipboard.copy(this.value()) ? 'copied' : 'failed');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.state.set('idle'), 2500);
  }
}
