import { PaneLanguage } from './pane-language';

/** A translation file as `ng extract-i18n --format json` writes it. */
export interface TranslationFile {
  /** The language of the translations. */
  readonly locale: string;
  /** Message id → translated message. */
  readonly translations: Readonly<Record<string, string>>;
}

/**
 * The loader of the `i18n-builtin` measurement build (`ng build addin -c production,i18n-builtin`,
 * run by `npm run bench:size -- --i18n`): there, the translations are inlined at build time, one
 * build per language, so nothing is loaded at run time.
 */
export async function loadPaneTranslations(_language: PaneLanguage): Promise<void> {
  // Inlined by the build.
}
