import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  inject,
  signal,
} from '@angular/core';
import { IGNORED_BY_HALO_TAG } from '@halo-outlook/plugin-email-rules';
import { NEVER_LOG_TAG, ResolutionStore } from '@halo-outlook/sdk';

/**
 * The tags the matchers proposed for the email (a plugin's classification, a rule's hint), as a
 * line of small chips under the sender card: each tag's label and confidence; its reasons on
 * demand. The never-log tag is not shown here: the sender card and the log panel say it; nor is
 * the email rules' "ignored by Halo" tag: `halo-ignore-warning` says it.
 */
@Component({
  selector: 'halo-email-tags',
  template: `
    @if (tags().length > 0) {
      <ul class="chips" i18n-aria-label="@@pane.tags.label" aria-label="Tags">
        @for (tag of tags(); track tag.id) {
          <li>
            <button
              type="button"
              class="chip"
              [class.open]="open() === tag.id"
              [attr.aria-expanded]="open() === tag.id"
              [attr.aria-controls]="'halo-tag-reasons-' + $index"
              [attr.data-tag]="tag.id"
              (click)="toggle(tag.id)"
            >
              {{ tag.label }}
              <span class="confidence" i18n="@@pane.tags.confidence"
                >{{ percent(tag.confidence) }} sure</span
              >
            </button>
          </li>
        }
      </ul>
      @for (tag of tags(); track tag.id) {
        @if (open() === tag.id) {
          <div [id]="'halo-tag-reasons-' + $index" class="reasons">
            <p class="title" i18n="@@pane.tags.why">Why “{{ tag.label }}”</p>
            <ul>
              @for (reason of tag.reasons; track reason) {
                <li>{{ reason }}</li>
              }
            </ul>
          </div>
        }
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin: 8px 0 0;
      padding: 0;
      list-style: none;
    }
    .chip {
      display: inline-flex;
      align-items: baseline;
      gap: 6px;
      min-height: 28px;
      padding: 2px 10px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
    .chip:hover,
    .chip.open {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .chip:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .confidence {
      font: var(--mat-sys-label-small);
      color: inherit;
      opacity: 0.8;
    }
    .reasons {
      margin-top: 6px;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container);
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface);
    }
    .reasons ul {
      margin: 2px 0 0;
      padding-left: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmailTags {
  private readonly resolution = inject(ResolutionStore);
  private readonly format = new Intl.NumberFormat(inject(LOCALE_ID), { style: 'percent' });

  /** The tags to show, best first. */
  protected readonly tags = computed(() =>
    this.resolution
      .picture()
      .tags.filter((t) => t.id !== NEVER_LOG_TAG && t.id !== IGNORED_BY_HALO_TAG)
      .sort((a, b) => b.confidence - a.confidence),
  );
  /** The tag whose reasons are open. */
  protected readonly open = signal<string | number | null>(null);

  protected toggle(id: string | number): void {
    this.open.set(this.open() === id ? null : id);
  }

  protected percent(confidence: number): string {
    return this.format.format(confidence);
  }
}
