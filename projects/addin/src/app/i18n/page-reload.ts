import { InjectionToken } from '@angular/core';

/** Reloads the pane (a language change takes effect on reload). Replaced in tests. */
export const PAGE_RELOAD = new InjectionToken<() => void>('PAGE_RELOAD', {
  providedIn: 'root',
  factory: () => () => globalThis.location.reload(),
});
