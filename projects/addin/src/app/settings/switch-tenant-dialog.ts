import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';

/** What the switch-tenant confirmation names. */
export interface SwitchTenantDialogData {
  /** The Halo being left (its host name). */
  readonly haloHost: string;
}

/**
 * Asks before switching tenant: it signs the agent out and forgets this Halo. The focus starts
 * on Cancel, stays in the dialog, and returns to the button that opened it.
 */
@Component({
  selector: 'halo-switch-tenant-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton],
  template: `
    <h2 mat-dialog-title i18n="@@switchTenant.title">Use another Halo?</h2>
    <mat-dialog-content>
      <p i18n="@@switchTenant.body">
        You will be signed out of {{ data.haloHost }}, and the add-in will forget it. Your settings
        stay.
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button
        mat-button
        type="button"
        [mat-dialog-close]="false"
        cdkFocusInitial
        i18n="@@switchTenant.cancel"
      >
        Cancel
      </button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" i18n="@@switchTenant.confirm">
        Use another Halo
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SwitchTenantDialog {
  protected readonly data = inject<SwitchTenantDialogData>(MAT_DIALOG_DATA);
}
