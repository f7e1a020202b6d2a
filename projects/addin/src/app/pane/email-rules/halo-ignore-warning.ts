import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { IGNORED_BY_HALO_TAG } from '@halo-outlook/plugin-email-rules';
import { ResolutionStore } from '@halo-outlook/sdk';
import { PaneIcon } from '../../icons/pane-icon';
import { VIEW_ICONS } from '../../icons/view-icons';

/**
 * A calm note under the sender card when Halo's own email rules would ignore this email (the email
 * rules plugin's tag): if it reaches Halo's mailbox, no ticket is made. It says which rule and
 * what to do; the email can still be logged from the pane. Not an error: nothing failed.
 */
@Component({
  selector: 'halo-ignore-warning',
  imports: [PaneIcon],
  template: `
    @if (rule(); as rule) {
      <div
        class="note"
        role="note"
        i18n-aria-label="@@pane.haloIgnores.label"
        aria-label="Halo’s email rules"
      >
        <halo-icon [drawing]="icons.info" />
        <div>
          <p class="what" i18n="@@pane.haloIgnores.what">
            Halo’s email rule “{{ rule }}” would ignore this email: no ticket is made from it in
            Halo.
          </p>
          <p class="action" i18n="@@pane.haloIgnores.action">
            Log it from here if it needs one, or ask your Halo administrator to change the rule
            (Configuration > Email > Email Rules).
          </p>
        </div>
      </div>
    }
  `,
  styles: `
    .note {
      display: flex;
      gap: 8px;
      margin: 8px 0 0;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    halo-icon {
      --halo-icon-size: 16px;
      margin-top: 1px;
    }
    p {
      margin: 0;
    }
    .what {
      color: var(--mat-sys-on-surface);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HaloIgnoreWarning {
  /** The icons this view draws. */
  protected readonly icons = VIEW_ICONS;
  private readonly resolution = inject(ResolutionStore);

  /** The name of the rule that would ignore the email, or null when none would. */
  protected readonly rule = computed(() => {
    const tag = this.resolution.picture().tags.find((t) => t.id === IGNORED_BY_HALO_TAG);
    if (!tag) return null;
    const name = tag.data?.['ruleName'];
    return typeof name === 'string' && name ? name : tag.label;
  });
}
