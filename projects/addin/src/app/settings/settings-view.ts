import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
  type WritableSignal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { PaneIcon } from '../icons/pane-icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { AppError, TenantConfigStore, TokenService, toAppError } from '@halo-outlook/core';
import { firstValueFrom } from 'rxjs';
import { PaneLocale } from '../i18n/pane-locale';
import { ShellStore } from '../shell/shell-store';
import { EntraSettingsSection } from '../entra/entra-settings-section';
import { ViewHeading } from '../shell/view-heading';
import { HaloChoicesStore } from './halo-choices-store';
import { formatEmailRulesText, parseEmailRulesText } from './email-rules/email-rules-text';
import { EmailRulesSection } from './email-rules/email-rules-section';
import { parseIgnoreTypesText } from './email-rules/ignore-types-text';
import { parseNeverLogDomains } from './never-log-domains';
import { MAX_DEFAULT_MINUTES } from './pane-settings';
import { createSettingsForm } from './settings-form';
import { SettingsStore } from './settings-store';
import { SwitchTenantDialog, SwitchTenantDialogData } from './switch-tenant-dialog';
import { TagTicketTypesSection } from './tag-ticket-types/tag-ticket-types-section';
import { mergeTicketTypeByTag } from './tag-ticket-types/ticket-type-by-tag';
import { VIEW_ICONS } from '../icons/view-icons';
import { missingOutcome, missingTicketType, withSavedChoices } from './saved-choices';
import { ErrorWords } from '../notices/error-words';

/**
 * Settings: the defaults the log actions start with (ticket type and outcome from Halo, minutes,
 * attachments, private note), the ticket type of each tag, how Halo's email rules are applied,
 * domains never to log, language and colours, and the account (sign out, use another Halo). Save
 * checks everything first; a problem is shown beside its field and nothing typed is lost.
 */
@Component({
  selector: 'halo-settings-view',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatSelect,
    MatOption,
    MatSlideToggle,
    MatButtonToggleGroup,
    MatButtonToggle,
    MatButton,
    PaneIcon,
    ViewHeading,
    EntraSettingsSection,
    TagTicketTypesSection,
    EmailRulesSection,
  ],
  providers: [HaloChoicesStore],
  templateUrl: './settings-view.html',
  styleUrl: './settings-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsView {
  /** The icons this view draws. */
  protected readonly icons = VIEW_ICONS;
  private readonly settings = inject(SettingsStore);
  private readonly locale = inject(PaneLocale);
  private readonly auth = inject(TokenService);
  private readonly tenant = inject(TenantConfigStore);
  private readonly shell = inject(ShellStore);
  private readonly dialog = inject(MatDialog);

  protected readonly choices = inject(HaloChoicesStore);
  protected readonly form = createSettingsForm(this.settings.settings());
  protected readonly maxMinutes = MAX_DEFAULT_MINUTES;
  protected readonly signedIn = computed(() => this.auth.state().status === 'signed-in');
  protected readonly hasTenant = computed(() => this.tenant.config() !== null);
  protected readonly haloHost = this.shell.haloHost;
  protected readonly canSwitch = this.shell.canSwitchTenant;
  protected readonly saving = signal(false);
  protected readonly saved = signal<'no' | 'saved' | 'reloading'>('no');
  protected readonly domainsError = signal<AppError | null>(null);
  protected readonly ignoreTypesError = signal<AppError | null>(null);
  protected readonly rulesProblems = signal<readonly string[]>([]);
  protected readonly saveError = signal<AppError | null>(null);
  private readonly errors = inject(ErrorWords);
  /** Why the save failed, in the pane's language. */
  protected readonly saveFailure = computed(() => {
    const error = this.saveError();
    return error && this.errors.of(error);
  });
  /** Why Halo's ticket types and outcomes could not be read, in the pane's language. */
  protected readonly choicesFailure = computed(() => {
    const error = this.choices.error();
    return error && this.errors.of(error);
  });
  /** The ticket types offered, with the saved one kept when Halo no longer lists it. */
  protected readonly ticketTypes = computed(() =>
    withSavedChoices(
      this.choices.ticketTypes(),
      [this.settings.defaultTicketTypeId()],
      missingTicketType,
    ),
  );
  protected readonly ticketTypeByTag = this.settings.ticketTypeByTag;
  protected readonly outcomes = computed(() =>
    withSavedChoices(this.choices.outcomes(), [this.settings.defaultOutcomeId()], missingOutcome),
  );

  constructor() {
    effect(() => {
      if (this.signedIn()) untracked(() => void this.choices.load());
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.saved.set('no'));
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.domainsError.set(null);
    this.ignoreTypesError.set(null);
    this.rulesProblems.set([]);
    this.saveError.set(null);
    if (this.form.invalid || this.saving()) return;
    const {
      ticketTypeByTag,
      emailRules: rulesText,
      emailRuleIgnoreTypes: typesText,
      ...value
    } = this.form.getRawValue();
    // Every field is checked before anything stops the save, so all problems show at once.
    const neverLogDomains = this.parsed(
      parseNeverLogDomains,
      value.neverLogDomains,
      this.domainsError,
    );
    const emailRuleIgnoreTypes = this.parsed(
      parseIgnoreTypesText,
      typesText,
      this.ignoreTypesError,
    );
    const rules = parseEmailRulesText(rulesText);
    if (!rules.ok) this.rulesProblems.set(rules.problems);
    if (neverLogDomains === null || emailRuleIgnoreTypes === null || !rules.ok) return;
    this.saving.set(true);
    try {
      await this.settings.update({
        ...value,
        defaultMinutes: Number(value.defaultMinutes),
        neverLogDomains,
        ticketTypeByTag: mergeTicketTypeByTag(this.settings.ticketTypeByTag(), ticketTypeByTag),
        emailRuleIgnoreTypes,
        emailRules: rules.rules,
      });
      const quiet = { emitEvent: false };
      this.form.controls.neverLogDomains.setValue(neverLogDomains.join('\n'), quiet);
      this.form.controls.emailRuleIgnoreTypes.setValue(emailRuleIgnoreTypes.join(', '), quiet);
      this.form.controls.emailRules.setValue(formatEmailRulesText(rules.rules), quiet);
      this.form.markAsPristine();
      this.saved.set(this.locale.reloadIfChanged(value.language) ? 'reloading' : 'saved');
    } catch (error) {
      this.saveError.set(toAppError(error));
    } finally {
      this.saving.set(false);
    }
  }

  /** `parse(text)`, or null with its failure put in `error`. */
  private parsed<T>(
    parse: (text: string) => T,
    text: string,
    error: WritableSignal<AppError | null>,
  ): T | null {
    try {
      return parse(text);
    } catch (failure) {
      error.set(toAppError(failure));
      return null;
    }
  }

  protected signOut(): Promise<void> {
    return this.shell.signOut();
  }

  protected async switchTenant(): Promise<void> {
    const data: SwitchTenantDialogData = { haloHost: this.haloHost() };
    const ref = this.dialog.open(SwitchTenantDialog, { data, width: '300px', maxWidth: '92vw' });
    if (await firstValueFrom(ref.afterClosed())) await this.shell.switchTenant();
  }
}
