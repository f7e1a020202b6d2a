/** The languages the pane is translated into. English is the source language. */
export type PaneLanguage = 'en' | 'fr';

/** Every language the pane speaks, source first. */
export const PANE_LANGUAGES: readonly PaneLanguage[] = ['en', 'fr'];

/** The agent's choice in Settings: Outlook's language, or one of the pane's languages. */
export type LanguageSetting = 'auto' | PaneLanguage;

/** True when `value` is a language setting the pane knows. */
export function isLanguageSetting(value: unknown): value is LanguageSetting {
  return value === 'auto' || PANE_LANGUAGES.includes(value as PaneLanguage);
}

/**
 * The language the pane speaks: the agent's choice when there is one; otherwise Outlook's display
 * language; otherwise the browser's preferred languages; English when none of them is one the
 * pane speaks.
 *
 * @usageNotes
 * ```ts
 * pickLanguage('auto', 'fr-FR', navigator.languages); // 'fr'
 * ```
 */
export function pickLanguage(
  setting: LanguageSetting,
  hostLocale: string | null,
  browserLocales: readonly string[],
): PaneLanguage {
  if (setting !== 'auto') return setting;
  for (const locale of [hostLocale, ...browserLocales]) {
    const language = locale?.split(/[-_]/)[0]?.toLowerCase();
    if (PANE_LANGUAGES.includes(language as PaneLanguage)) return language as PaneLanguage;
  }
  return 'en';
}

/**
 * Outlook's display language, from the `_host_Info` parameter Office adds to a pane's start URL
 * (`Outlook$Web$16.01$fr-FR$$$$0`: the fourth field is the locale). Null when absent.
 */
export function hostLocaleFromStartUrl(startUrl: string): string | null {
  let info: string | null;
  try {
    const params = new URL(startUrl).searchParams;
    info = params.get('_host_Info') ?? params.get('_host_info');
  } catch {
    return null;
  }
  const locale = info?.split('$')[3] ?? '';
  return /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/i.test(locale) ? locale : null;
}
