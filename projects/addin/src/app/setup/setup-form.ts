import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { normalizeTenantUrl } from '@halo-outlook/core';

/** The set-up form: the Halo address and the API application's client id. */
export type SetupForm = FormGroup<{
  haloUrl: FormControl<string>;
  clientId: FormControl<string>;
}>;

/** Creates the set-up form, with `values` typed in already (the organisation's, or earlier ones). */
export function createSetupForm(values: { haloUrl?: string; clientId?: string } = {}): SetupForm {
  return new FormGroup({
    haloUrl: new FormControl(values.haloUrl ?? '', {
      nonNullable: true,
      validators: [Validators.required, haloAddress],
    }),
    clientId: new FormControl(values.clientId ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
}

/** Checks the address as core will (`https`, a host name); the server checks come on Connect. */
function haloAddress(control: AbstractControl<string>): ValidationErrors | null {
  if (!control.value.trim()) return null;
  try {
    normalizeTenantUrl(control.value);
    return null;
  } catch {
    return { haloAddress: true };
  }
}
