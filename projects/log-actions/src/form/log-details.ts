import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import type { HaloOutcome } from '@halo-outlook/sdk';
import { MAX_LOGGED_MINUTES } from '../time/minutes-to-hours';
import type { LogDetailsForm } from './log-details-form';

/**
 * The fields both built-in forms share: the outcome, private or public, the time taken, and how
 * the body is treated (quoted history, remote images).
 */
@Component({
  selector: 'halo-log-details',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatSuffix,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
  ],
  template: `
    <ng-container [formGroup]="form()">
      <mat-form-field appearance="outline">
        <mat-label i18n="@@log.form.outcome">Outcome</mat-label>
        <mat-select formControlName="outcomeId">
          @for (outcome of outcomes(); track outcome.id) {
            <mat-option [value]="outcome.id">{{ outcome.name }}</mat-option>
          }
        </mat-select>
        @if (outcomesFailed()) {
          <mat-hint class="problem" i18n="@@log.form.outcomesFailed"
            >Halo’s outcomes could not be read: close the form and open it again.</mat-hint
          >
        }
        <mat-error i18n="@@log.form.outcomeRequired">Choose an outcome.</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline" class="minutes">
        <mat-label i18n="@@log.form.minutes">Time taken</mat-label>
        <input
          matInput
          type="number"
          inputmode="numeric"
          min="0"
          [max]="max"
          step="1"
          formControlName="minutes"
        />
        <span matTextSuffix i18n="@@log.form.minutesUnit">min</span>
        <mat-error i18n="@@log.form.minutesInvalid">Whole minutes from 0 to {{ max }}.</mat-error>
      </mat-form-field>
      <mat-checkbox formControlName="privateNote" i18n="@@log.form.private"
        >Private note (agents only)</mat-checkbox
      >
      <mat-checkbox formControlName="trimQuotedHistory" i18n="@@log.form.trim"
        >Leave out the quoted history</mat-checkbox
      >
      <mat-checkbox formControlName="remoteImages" i18n="@@log.form.remoteImages"
        >Keep images from the internet</mat-checkbox
      >
    </ng-container>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
    }
    .minutes {
      max-width: 12rem;
    }
    .problem {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogDetails {
  /** The shared controls. */
  readonly form = input.required<LogDetailsForm>();
  /** Halo's outcomes to choose from (hidden ones left out). */
  readonly outcomes = input<readonly HaloOutcome[]>([]);
  /** True when Halo's outcomes could not be read. */
  readonly outcomesFailed = input(false);
  protected readonly max = MAX_LOGGED_MINUTES;
}
