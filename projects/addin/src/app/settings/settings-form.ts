import { FormControl, FormGroup, Validators } from '@angular/forms';
import { LanguageSetting } from '../i18n/pane-language';
import { ThemeSetting } from '../theme/theme-setting';
import { MAX_DEFAULT_MINUTES, PaneSettings } from './pane-settings';

/** The Settings form. Never-log domains are edited as text, one per line. */
export type SettingsForm = FormGroup<{
  defaultTicketTypeId: FormControl<number | null>;
  defaultOutcomeId: FormControl<number | null>;
  defaultMinutes: FormControl<number>;
  attachmentsByDefault: FormControl<boolean>;
  privateNoteByDefault: FormControl<boolean>;
  neverLogDomains: FormControl<string>;
  language: FormControl<LanguageSetting>;
  theme: FormControl<ThemeSetting>;
}>;

/** Creates the Settings form holding `settings`. */
export function createSettingsForm(settings: PaneSettings): SettingsForm {
  const nonNullable = { nonNullable: true } as const;
  return new FormGroup({
    defaultTicketTypeId: new FormControl<number | null>(settings.defaultTicketTypeId),
    defaultOutcomeId: new FormControl<number | null>(settings.defaultOutcomeId),
    defaultMinutes: new FormControl(settings.defaultMinutes, {
      ...nonNullable,
      validators: [
        Validators.required,
        Validators.min(0),
        Validators.max(MAX_DEFAULT_MINUTES),
        Validators.pattern(/^\d+$/),
      ],
    }),
    attachmentsByDefault: new FormControl(settings.attachmentsByDefault, nonNullable),
    privateNoteByDefault: new FormControl(settings.privateNoteByDefault, nonNullable),
    neverLogDomains: new FormControl(settings.neverLogDomains.join('\n'), nonNullable),
    language: new FormControl<LanguageSetting>(settings.language, nonNullable),
    theme: new FormControl<ThemeSetting>(settings.theme, nonNullable),
  });
}
