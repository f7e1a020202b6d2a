import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { PAGE_RELOAD } from '../i18n/page-reload';

/** Shown when a view's code could not be downloaded (offline, or a new release replaced it). */
@Component({
  selector: 'halo-view-load-error',
  template: `
    <div class="box" role="alert">
      <p class="message">{{ text.message }}</p>
      <p>{{ text.action }}</p>
      <button type="button" class="reload" (click)="reload()">{{ text.reload }}</button>
    </div>
  `,
  styles: `
    .box {
      padding: 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .message {
      font: var(--mat-sys-title-small);
    }
    .reload {
      font: var(--mat-sys-label-large);
      padding: 6px 12px;
      border: 1px solid currentColor;
      border-radius: var(--mat-sys-corner-small);
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ViewLoadError {
  private readonly reloadPage = inject(PAGE_RELOAD);
  protected readonly text = {
    message: $localize`:@@viewLoadError.message:This part of the pane could not be loaded.`,
    action: $localize`:@@viewLoadError.action:Check your network connection, then reload the pane.`,
    reload: $localize`:@@viewLoadError.reload:Reload the pane`,
  };

  protected reload(): void {
    this.reloadPage();
  }
}
