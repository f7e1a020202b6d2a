import { Injectable, inject } from '@angular/core';
import { OFFICE } from '../office/office-token';

/**
 * Which Office requirement sets the host supports, for features that depend on one outside the
 * mailbox (`NestedAppAuth` 1.1 for Microsoft Entra sign-in through Outlook). Outside Office,
 * nothing is supported. Specs replace it with `{ provide: HostRequirements, useValue: … }`.
 *
 * @usageNotes
 * ```ts
 * if (inject(HostRequirements).isSetSupported('NestedAppAuth', '1.1')) { … }
 * ```
 */
@Injectable({ providedIn: 'root' })
export class HostRequirements {
  private readonly office = inject(OFFICE);

  /** True when the host supports `name` at `version` or later; never throws. */
  isSetSupported(name: string, version: string): boolean {
    try {
      return this.office?.context.requirements.isSetSupported(name, version) === true;
    } catch {
      return false;
    }
  }
}
