import { loadTranslations } from '@angular/localize';
import { PaneLanguage } from './pane-language';

/** A translation file as `ng extract-i18n --format json` writes it. */
export interface TranslationFile {
  /** The language of the translations. */
  readonly locale: string;
  /** Message id → translated message (`$localize` syntax for placeholders). */
  readonly translations: Readonly<Record<string, string>>;
}

/**
 * Loads the translations of `language` into `$localize`, before any translated text is rendered.
 * English is the source language: nothing to load. Each other language is a lazily loaded chunk,
 * fetched only by the agents who use it.
 */
export async function loadPaneTranslations(language: PaneLanguage): Promise<void> {
  const file = await importTranslations(language);
  if (file) loadTranslations({ ...file.translations });
}

async function importTranslations(language: PaneLanguage): Promise<TranslationFile | null> {
  switch (language) {
    case 'fr':
      return (await import('../../locale/messages.fr.json')).default;
    case 'en':
      return null;
  }
}
