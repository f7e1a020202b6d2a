import { DestroyRef, Injectable, Signal, inject, signal } from '@angular/core';
import { OfficeTheme } from '../office/office-api';
import { OFFICE } from '../office/office-token';

/** Light or dark, as Outlook draws itself. */
export type HostColorScheme = 'light' | 'dark';

/**
 * Outlook's own colour scheme, read from `Office.context.officeTheme` and kept up to date through
 * `OfficeThemeChanged` where the client reports it. `scheme` is null outside Office or where
 * Outlook gives no theme, so the pane can fall back to the system's `prefers-color-scheme`.
 *
 * @usageNotes
 * ```ts
 * const scheme = inject(HostTheme).scheme(); // 'dark' when Outlook is dark
 * ```
 */
@Injectable({ providedIn: 'root' })
export class HostTheme {
  private readonly current = signal<HostColorScheme | null>(null);

  /** Outlook's scheme, or null when the host gives none. */
  readonly scheme: Signal<HostColorScheme | null> = this.current.asReadonly();

  constructor() {
    const office = inject(OFFICE);
    if (!office) return;
    this.current.set(schemeOf(office.context.officeTheme));
    const changed = office.EventType.OfficeThemeChanged;
    if (changed === undefined) return;
    let active = true;
    inject(DestroyRef).onDestroy(() => (active = false));
    office.context.mailbox.addHandlerAsync(changed, (args) => {
      if (!active) return;
      const theme = (args as { officeTheme?: OfficeTheme } | undefined)?.officeTheme;
      this.current.set(schemeOf(theme ?? office.context.officeTheme));
    });
  }
}

/** Dark when the body background is dark (relative luminance under one half). */
export function schemeOf(theme: OfficeTheme | undefined): HostColorScheme | null {
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme?.bodyBackgroundColor?.trim() ?? '')?.[1];
  if (!hex) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}
