import { InjectionToken, inject } from '@angular/core';
import { HOST_CONTEXT } from '../host/host-context';
import { OfficeApi, officeGlobal } from './office-api';

/**
 * The `Office` global when the host is Office, else null. Internal to core: nothing above core
 * touches Office. Specs provide a fake here.
 */
export const OFFICE = new InjectionToken<OfficeApi | null>('OFFICE', {
  providedIn: 'root',
  factory: () => (inject(HOST_CONTEXT).kind === 'office' ? officeGlobal() : null),
});
