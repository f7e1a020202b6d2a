import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { PaneIcon } from '../icons/pane-icon';
import { MatInput } from '@angular/material/input';
import { AppError, ManagedField, TenantConfigStore, toAppError } from '@halo-outlook/core';
import { ViewHeading } from '../shell/view-heading';
import { HaloSetupGuide } from './halo-setup-guide';
import { createSetupForm } from './setup-form';
import { VIEW_ICONS } from '../icons/view-icons';
import { ErrorWords } from '../notices/error-words';

/**
 * First run: where the agent says which Halo to use (its address and the client id of its Halo API
 * application), with a guide for the Halo administrator. Fields the organisation set are filled
 * in and locked, with why. Connect checks the address, that Halo lets this add-in in (CORS) and
 * that it knows the client id; a failure says what to fix and keeps what was typed.
 */
@Component({
  selector: 'halo-setup-view',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatButton,
    PaneIcon,
    HaloSetupGuide,
    ViewHeading,
  ],
  templateUrl: './setup-view.html',
  styleUrl: './setup-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetupView {
  /** The icons this view draws. */
  protected readonly icons = VIEW_ICONS;
  private readonly tenant = inject(TenantConfigStore);
  private readonly errors = inject(ErrorWords);

  protected readonly managed = this.tenant.managed;
  protected readonly locked = this.tenant.locked;
  protected readonly form = createSetupForm({
    haloUrl: this.managed()?.haloUrl,
    clientId: this.managed()?.clientId,
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<AppError | null>(this.tenant.problem());
  protected readonly failureWording = computed(() => {
    const failure = this.failure();
    return failure && this.errors.of(failure);
  });
  /** Where the organisation's settings came from, in words. */
  protected readonly managedSource = computed(() => {
    const sources = Object.values(this.managed()?.sources ?? {});
    return sources.includes('start-url') ? 'installation' : 'file';
  });

  constructor() {
    for (const field of ['haloUrl', 'clientId'] as const) {
      if (this.isLocked(field)) this.form.controls[field].disable();
    }
  }

  protected isLocked(field: ManagedField): boolean {
    return this.locked().has(field);
  }

  protected async connect(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.failure.set(null);
    try {
      // On success the tenant is set and the state machine moves on to sign-in.
      await this.tenant.save(this.form.getRawValue());
    } catch (error) {
      this.failure.set(toAppError(error));
    } finally {
      this.saving.set(false);
    }
  }
}
