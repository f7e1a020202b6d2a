import { DOCUMENT, Injectable, Signal, inject, signal } from '@angular/core';
import { DiagnosticsLog, HOST_CONTEXT } from '@halo-outlook/core';
import { SettingsStore } from '../settings/settings-store';
import { languageSwitch } from './language-switch';
import { PAGE_RELOAD } from './page-reload';
import {
  LanguageSetting,
  PaneLanguage,
  hostLocaleFromStartUrl,
  pickLanguage,
} from './pane-language';
import { loadPaneTranslations } from './pane-translations';

/**
 * The language the pane speaks. {@link initialize} runs before the pane renders (an app
 * initializer): it picks the language (the agent's setting, else Outlook's display language, else
 * the browser's) and loads its translations. Changing language saves the setting and reloads the
 * pane, because rendered text is not re-translated in place.
 *
 * @usageNotes
 * ```ts
 * const locale = inject(PaneLocale);
 * new Intl.DateTimeFormat(locale.language()).format(date);
 * await settings.update({ language: 'fr' });
 * locale.reloadIfChanged('fr'); // reloads the pane in French
 * ```
 */
@Injectable({ providedIn: 'root' })
export class PaneLocale {
  private readonly settings = inject(SettingsStore);
  private readonly host = inject(HOST_CONTEXT);
  private readonly document = inject(DOCUMENT);
  private readonly reload = inject(PAGE_RELOAD);
  private readonly log = inject(DiagnosticsLog);
  private readonly current = signal<PaneLanguage>('en');

  /** The language in effect. */
  readonly language: Signal<PaneLanguage> = this.current.asReadonly();

  /** Picks the language and loads its translations. Never throws: English is the fallback. */
  async initialize(): Promise<void> {
    const pending = languageSwitch.take();
    if (pending && pending !== this.settings.language()) {
      // The reloaded pane got the roaming settings from before the change: save it again.
      await this.settings.update({ language: pending }).catch(() => undefined);
    }
    const language = this.resolve(pending ?? this.settings.language());
    try {
      await loadPaneTranslations(language);
      this.current.set(language);
    } catch (error) {
      this.log.record('i18n', 'warn', `The ${language} translations could not be loaded`, {
        detail: String(error),
      });
    }
    this.document.documentElement.lang = this.current();
  }

  /** The language `setting` means here. */
  resolve(setting: LanguageSetting): PaneLanguage {
    const browser = this.document.defaultView?.navigator.languages ?? [];
    return pickLanguage(setting, hostLocaleFromStartUrl(this.host.startUrl), browser);
  }

  /**
   * Reloads the pane in the language `setting` (already saved) means, when it is not the one in
   * effect. Returns true when the pane reloads.
   */
  reloadIfChanged(setting: LanguageSetting): boolean {
    if (this.resolve(setting) === this.current()) return false;
    languageSwitch.remember(setting);
    this.reload();
    return true;
  }
}
