import { DOCUMENT, DestroyRef, computed, effect, inject, signal } from '@angular/core';
import { HostTheme } from '@halo-outlook/core';
import { signalStore, withComputed, withHooks, withProps } from '@ngrx/signals';
import { SettingsStore } from '../settings/settings-store';

/** The colours the pane is drawn in. */
export type ColorScheme = 'light' | 'dark';

/**
 * The pane's colour scheme: the agent's choice in Settings, else Outlook's own theme (core's
 * `HostTheme`, from `Office.context.officeTheme` and its changes), else the system's
 * (`prefers-color-scheme`). It sets the document's `color-scheme`, which the Material theme's
 * `light-dark()` tokens follow.
 */
export const ThemeStore = signalStore(
  { providedIn: 'root' },
  withProps(() => {
    const document = inject(DOCUMENT);
    const query = document.defaultView?.matchMedia?.('(prefers-color-scheme: dark)') ?? null;
    const systemDark = signal(query?.matches ?? false);
    const listener = (event: MediaQueryListEvent) => systemDark.set(event.matches);
    query?.addEventListener('change', listener);
    inject(DestroyRef).onDestroy(() => query?.removeEventListener('change', listener));
    return { _document: document, _systemDark: systemDark.asReadonly() };
  }),
  withComputed(({ _systemDark }) => {
    const settings = inject(SettingsStore);
    const host = inject(HostTheme);
    return {
      /** The scheme in effect. */
      scheme: computed<ColorScheme>(() => {
        const choice = settings.theme();
        if (choice !== 'system') return choice;
        return host.scheme() ?? (_systemDark() ? 'dark' : 'light');
      }),
    };
  }),
  withHooks({
    onInit({ _document, scheme }) {
      effect(() => {
        const root = _document.documentElement;
        root.style.colorScheme = scheme();
        root.dataset['theme'] = scheme();
      });
    },
  }),
);

/** The instance type of {@link ThemeStore}. */
export type ThemeStore = InstanceType<typeof ThemeStore>;
