import type { Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import { startWith } from 'rxjs';

/**
 * A form control's value as a signal (for `computed` labels and summaries in zoneless forms).
 * Call it in an injection context.
 *
 * @usageNotes
 * `private readonly ticket = controlValue(this.form.controls.ticket);`
 */
export function controlValue<T>(control: AbstractControl<T>): Signal<T> {
  return toSignal(control.valueChanges.pipe(startWith(control.value)), {
    initialValue: control.value,
  }) as Signal<T>;
}
