import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import type { MailSnapshot } from '@halo-outlook/sdk';
import type { SizeProblem } from '../attachments/attachment-limits';
import { formatBytes } from '../attachments/attachment-limits';
import { attachableFiles, estimatedOriginalBytes } from './attachable-files';
import type { LogDetailsForm } from './log-details-form';

/**
 * The e-mail's attachments, each with its own checkbox and size, and the original message as an
 * `.eml` (where Outlook can give it). Size problems show under the list; the choices are kept.
 */
@Component({
  selector: 'halo-attachment-picker',
  imports: [ReactiveFormsModule, MatCheckbox],
  template: `
    <fieldset [formGroup]="form()">
      <legend i18n="@@log.form.files">Files</legend>
      @for (file of files(); track file.id) {
        <mat-checkbox
          [checked]="isChosen(file.id)"
          [disabled]="!file.uploadable"
          (change)="toggle(file.id, $event.checked)"
          >{{ file.name }} <span class="size">{{ size(file.size) }}</span>
          @if (!file.uploadable) {
            <span class="size" i18n="@@log.form.cloudFile">(a cloud link: share it in Halo)</span>
          }
        </mat-checkbox>
      } @empty {
        <p class="none" i18n="@@log.form.noFiles">The email has no attachments.</p>
      }
      @if (originalAvailable()) {
        <mat-checkbox formControlName="includeOriginal"
          ><span i18n="@@log.form.original"
            >The original email (.eml), about {{ size(originalBytes()) }}</span
          ></mat-checkbox
        >
      }
      @for (problem of problems(); track $index) {
        <p class="problem" role="alert">{{ problem.message }}</p>
      }
    </fieldset>
  `,
  styles: `
    fieldset {
      display: flex;
      flex-direction: column;
      border: none;
      margin: 0;
      padding: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      padding: 0;
      margin-bottom: 4px;
    }
    .size,
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
    .problem {
      color: var(--mat-sys-error);
      margin: 4px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttachmentPicker {
  /** The shared controls (`attachmentIds`, `includeOriginal`). */
  readonly form = input.required<LogDetailsForm>();
  /** The e-mail. */
  readonly snapshot = input.required<MailSnapshot>();
  /** Whether Outlook can give the original message. */
  readonly originalAvailable = input(false);

  protected readonly files = computed(() => attachableFiles(this.snapshot()));
  protected readonly originalBytes = computed(() => estimatedOriginalBytes(this.snapshot()));

  /** The size problems of the current choice (the group's `size` error). */
  protected problems(): readonly SizeProblem[] {
    return (this.form().errors?.['size'] as SizeProblem[] | undefined) ?? [];
  }

  protected isChosen(id: string): boolean {
    return this.form().controls.attachmentIds.value.includes(id);
  }

  protected toggle(id: string, chosen: boolean): void {
    const control = this.form().controls.attachmentIds;
    const rest = control.value.filter((x) => x !== id);
    control.setValue(chosen ? [...rest, id] : rest);
    control.markAsDirty();
  }

  protected size(bytes: number): string {
    return formatBytes(bytes);
  }
}
