import { type AbstractControl, FormControl } from '@angular/forms';
import { isRecordChoice, type RecordChoice } from './record-choice';

/**
 * The control of a record the agent must pick (the ticket, the client) in a record picker: a
 * chosen record, text being typed, or nothing; invalid with `{ [error]: true }` until a record is
 * chosen.
 *
 * @usageNotes
 * `ticket: requiredRecord('ticket'),`
 */
export function requiredRecord(error: string): FormControl<RecordChoice | string | null> {
  return new FormControl<RecordChoice | string | null>(null, (c) =>
    isRecordChoice(c.value) ? null : { [error]: true },
  );
}

/**
 * The record picked in `control` when `form` may be submitted. Otherwise null, and every control
 * of the form is marked touched, so each says what is missing.
 *
 * @usageNotes
 * `const ticket = recordToSubmit(this.form, this.form.controls.ticket); if (!ticket) return;`
 */
export function recordToSubmit(
  form: AbstractControl,
  control: AbstractControl<RecordChoice | string | null>,
): RecordChoice | null {
  const record = control.value;
  if (form.valid && isRecordChoice(record)) return record;
  form.markAllAsTouched();
  return null;
}
