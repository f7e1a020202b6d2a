import { InjectionToken } from '@angular/core';
import type { EntraSettings } from '@halo-outlook/core';
import type { EntraClient } from '../client/entra-client';

/** The initialised MSAL client of the Entra services (provided as a value by `provideEntra`). */
export const ENTRA_CLIENT = new InjectionToken<EntraClient>('ENTRA_CLIENT');

/** The organisation's Entra settings the services run with. */
export const ENTRA_SETTINGS = new InjectionToken<EntraSettings>('ENTRA_SETTINGS');

/** The pop-up's redirect page, as registered in the Entra app. */
export const ENTRA_REDIRECT_URI = new InjectionToken<string>('ENTRA_REDIRECT_URI');
