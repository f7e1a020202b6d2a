import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { PaneIcon } from '../../icons/pane-icon';
import { ResolutionStore } from '@halo-outlook/sdk';
import { VIEW_ICONS } from '../../icons/view-icons';

/**
 * A quiet line when some matchers could not finish for this email (a time-out, a failed lookup, a
 * plugin switched off after repeated failures): the pane shows what the others found, and the
 * agent can see what is missing and what to do. Not an error banner: the email is still usable.
 */
@Component({
  selector: 'halo-resolution-problems',
  imports: [PaneIcon],
  template: `
    @if (problems().length > 0) {
      <button
        type="button"
        class="line"
        [attr.aria-expanded]="open()"
        aria-controls="halo-resolution-problems"
        (click)="open.set(!open())"
      >
        <halo-icon [drawing]="icons.info" />
        <span i18n="@@pane.problems.summary"
          >{problems().length, plural,
            =1 {One lookup did not finish}
            other {{{ problems().length }} lookups did not finish}

          }: the pane may be missing something.</span
        >
      </button>
      @if (open()) {
        <ul id="halo-resolution-problems" class="list">
          @for (problem of problems(); track problem.pluginId) {
            <li>
              <span class="message">{{ problem.message }}</span>
              <span class="action">{{ problem.action }}</span>
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    .line {
      display: flex;
      align-items: center;
      gap: 6px;
      width: 100%;
      padding: 4px 0;
      border: 0;
      background: none;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      text-align: start;
      cursor: pointer;
    }
    .line:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    halo-icon {
      --halo-icon-size: 16px;
    }
    .list {
      margin: 0;
      padding-left: 22px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .message,
    .action {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResolutionProblems {
  /** The icons this view draws. */
  protected readonly icons = VIEW_ICONS;
  private readonly resolution = inject(ResolutionStore);

  protected readonly problems = computed(() => this.resolution.problems());
  protected readonly open = signal(false);
}
