import { LanguageSetting, isLanguageSetting } from './pane-language';

const KEY = 'halo-outlook.language-switch';

/**
 * A language change carried across the pane's reload. Translations load before the pane starts,
 * so changing language reloads the pane; but Outlook hands a reloaded pane the roaming settings it
 * had when the pane was opened, without the change just saved. The choice therefore also travels
 * in the frame's session storage, read once by the reloaded pane.
 */
export const languageSwitch = {
  /** Remembers `setting` for the reload that follows. */
  remember(setting: LanguageSetting, storage: Storage | null = sessionStorageOrNull()): void {
    try {
      storage?.setItem(KEY, setting);
    } catch {
      // Without session storage the roaming settings decide, as when the pane is reopened.
    }
  },

  /** The setting remembered before a reload, once: reading it forgets it. */
  take(storage: Storage | null = sessionStorageOrNull()): LanguageSetting | null {
    try {
      const value = storage?.getItem(KEY) ?? null;
      storage?.removeItem(KEY);
      return isLanguageSetting(value) ? value : null;
    } catch {
      return null;
    }
  },
};

function sessionStorageOrNull(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
