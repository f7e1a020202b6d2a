import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { LogFormHost } from '@halo-outlook/sdk';
import { AttachmentPicker } from '../form/attachment-picker';
import { attachmentSizeValidator } from '../form/attachment-size-validator';
import { controlValue } from '../form/control-value';
import { followDefaultOutcome } from '../form/default-outcome';
import { haloList } from '../form/halo-list';
import { LogDetails } from '../form/log-details';
import { logDetailsForm, noteChoice } from '../form/log-details-form';
import { isRecordChoice } from '../form/record-choice';
import { recordToSubmit, requiredRecord } from '../form/required-record';
import { TicketPicker } from '../form/ticket-picker';
import { ticketTarget } from '../form/ticket-target';
import { limitsOf } from '../options/with-limits';
import type { AppendInput } from './append-input';

/** The status select's value for "keep the ticket's status" (Halo ids start at 1). */
const KEEP = 0;

/**
 * The form of "Append to ticket": the ticket (the thread's preselected; any other by number or
 * summary), the outcome, private or public, the time taken, an optional new status, the body
 * options and the files. Starts from the agent's defaults; the input is kept when a submit fails.
 */
@Component({
  selector: 'halo-append-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    TicketPicker,
    LogDetails,
    AttachmentPicker,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" class="log-form">
      <halo-ticket-picker [control]="form.controls.ticket" [target]="target" />
      <halo-log-details
        [form]="form.controls.details"
        [outcomes]="outcomes.items()"
        [outcomesFailed]="outcomes.failed()"
      />
      <mat-form-field appearance="outline">
        <mat-label i18n="@@log.form.newStatus">Status after logging</mat-label>
        <mat-select formControlName="newStatusId">
          <mat-option [value]="keep" i18n="@@log.form.keepStatus"
            >Keep the ticket’s status</mat-option
          >
          @for (status of statuses.items(); track status.id) {
            <mat-option [value]="status.id">{{ status.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <halo-attachment-picker
        [form]="form.controls.details"
        [snapshot]="host.snapshot()"
        [originalAvailable]="host.capabilities.messageFile"
      />
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="host.busy()">{{ submitLabel() }}</button>
        <button mat-button type="button" (click)="host.cancel()" i18n="@@log.form.cancel">
          Cancel
        </button>
      </div>
    </form>
  `,
  styleUrl: '../form/log-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppendForm {
  protected readonly host = inject<LogFormHost<AppendInput>>(LogFormHost);
  protected readonly keep = KEEP;
  protected readonly outcomes = haloList(
    () => true,
    (_, signal) => this.host.halo.outcomes({ signal }),
  );
  protected readonly statuses = haloList(
    () => true,
    (_, signal) => this.host.halo.statuses({ signal }),
  );

  protected readonly form = new FormGroup({
    ticket: requiredRecord('ticket'),
    details: logDetailsForm({
      defaults: this.host.defaults(),
      snapshot: this.host.snapshot(),
      capabilities: this.host.capabilities,
      trimQuotedHistory: true,
    }),
    newStatusId: new FormControl<number>(KEEP, { nonNullable: true }),
  });

  protected readonly target = ticketTarget(this.host, this.form.controls.ticket);
  private readonly ticket = controlValue(this.form.controls.ticket);
  protected readonly submitLabel = computed(() => {
    const ticket = this.ticket();
    return isRecordChoice(ticket)
      ? $localize`:@@log.form.appendTo:Add to #${ticket.id}:ticket:`
      : $localize`:@@log.form.append:Add to ticket`;
  });

  constructor() {
    this.form.controls.details.addValidators(
      attachmentSizeValidator(this.host.snapshot(), limitsOf(this.host.action)),
    );
    this.form.controls.details.updateValueAndValidity();
    followDefaultOutcome(
      this.outcomes.items,
      this.form.controls.details.controls.outcomeId,
      () => this.host.defaults().outcomeId,
    );
  }

  protected submit(): void {
    const ticket = recordToSubmit(this.form, this.form.controls.ticket);
    if (!ticket) return;
    const details = this.form.controls.details;
    const files = details.getRawValue();
    this.host.submit({
      ticketId: ticket.id,
      ...noteChoice(details, this.outcomes.items()),
      newStatusId:
        this.form.controls.newStatusId.value === KEEP ? null : this.form.controls.newStatusId.value,
      attachmentIds: [...files.attachmentIds],
      includeOriginal: files.includeOriginal,
    });
  }
}
