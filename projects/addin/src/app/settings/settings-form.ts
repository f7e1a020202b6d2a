import { FormControl, FormGroup, Validators } from '@angular/forms';
import { LanguageSetting } from '../i18n/pane-language';
import { ThemeSetting } from '../theme/theme-setting';
import { formatEmailRulesText } from './email-rules/email-rules-text';
import { MAX_DEFAULT_MINUTES, PaneSettings } from './pane-settings';

/**
 * The ticket type of each tag Settings offers to map (null: no preselection); its controls are
 * added by the section once it has loaded the tags.
 */
export type TagTicketTypesForm = FormGroup<Record<string, FormControl<number | null>>>;

/**
 * The Settings form. Never-log domains are edited as text, one per line; the email rules as JSON
 * text; the rule types that mean "ignore" as numbers separated by commas.
 */
export type SettingsForm = FormGroup<{
  defaultTicketTypeId: FormControl<number | null>;
  defaultOutcomeId: FormControl<number | null>;
  defaultMinutes: FormControl<number>;
  attachmentsByDefault: FormControl<boolean>;
  privateNoteByDefault: FormControl<boolean>;
  ticketTypeByTag: TagTicketTypesForm;
  haloEmailRules: FormControl<boolean>;
  emailRuleIgnoreTypes: FormControl<string>;
  emailRules: FormControl<string>;
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
    ticketTypeByTag: new FormGroup<Record<string, FormControl<number | null>>>({}),
    haloEmailRules: new FormControl(settings.haloEmailRules, nonNullable),
    emailRuleIgnoreTypes: new FormControl(settings.emailRuleIgnoreTypes.join(', '), nonNullable),
    emailRules: new FormControl(formatEmailRulesText(settings.emailRules), nonNullable),
    neverLogDomains: new FormControl(settings.neverLogDomains.join('\n'), nonNullable),
    language: new FormControl<LanguageSetting>(settings.language, nonNullable),
    theme: new FormControl<ThemeSetting>(settings.theme, nonNullable),
  });
}
