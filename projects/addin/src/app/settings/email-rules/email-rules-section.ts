import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import type { AppError } from '@halo-outlook/core';
import type { SettingsForm } from '../settings-form';

/**
 * The Settings section of Halo's email rules: whether the pane reads them from Halo, the rule
 * types that mean "ignore" (Halo does not name them), and rules kept in Settings for where Halo's
 * cannot be read, as JSON. Problems are listed under their field; the text stays as typed.
 */
@Component({
  selector: 'halo-email-rules-section',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatInput, MatSlideToggle],
  template: `
    <section aria-labelledby="settings-email-rules">
      <h3 id="settings-email-rules" i18n="@@settings.emailRules.title">Halo’s email rules</h3>
      <p class="hint" i18n="@@settings.emailRules.hint">
        The pane applies Halo’s email rules to each email: Create ticket starts with a rule’s ticket
        type, and the pane says when Halo would ignore the email.
      </p>
      <mat-slide-toggle
        [formControl]="form().controls.haloEmailRules"
        i18n="@@settings.emailRules.readHalo"
      >
        Read the rules from Halo
      </mat-slide-toggle>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label i18n="@@settings.ignoreTypes.label">Rule types that ignore an email</mat-label>
        <input
          matInput
          [formControl]="form().controls.emailRuleIgnoreTypes"
          inputmode="numeric"
          autocomplete="off"
          placeholder="3"
          [attr.aria-invalid]="ignoreTypesError() ? true : null"
          [attr.aria-describedby]="ignoreTypesError() ? 'ignore-types-error' : null"
        />
        <mat-hint i18n="@@settings.ignoreTypes.hint">
          Halo does not name its rule types: enter the type numbers of your “ignore” rules, as
          Halo’s API lists them, separated by commas.
        </mat-hint>
      </mat-form-field>
      @if (ignoreTypesError(); as error) {
        <p id="ignore-types-error" class="field-error" role="alert">
          {{ error.message }} {{ error.action }}
        </p>
      }

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label i18n="@@settings.emailRules.label">Rules kept in Settings (JSON)</mat-label>
        <textarea
          matInput
          [formControl]="form().controls.emailRules"
          rows="6"
          spellcheck="false"
          autocapitalize="off"
          placeholder='[{ "name": "Printers", "subjectContains": "printer", "ticketTypeId": 1 }]'
          [attr.aria-invalid]="rulesProblems().length ? true : null"
          [attr.aria-describedby]="rulesProblems().length ? 'email-rules-error' : null"
        ></textarea>
        <mat-hint i18n="@@settings.emailRules.fieldHint">
          Used where Halo’s rules cannot be read. Each rule has a name and its conditions (from, to,
          subjectContains, bodyContains), and may set type "ignore", a ticketTypeId, fieldMappings
          and an assetTag.
        </mat-hint>
      </mat-form-field>
      @if (rulesProblems().length) {
        <div id="email-rules-error" class="field-error" role="alert">
          <p i18n="@@settings.emailRules.problems">
            The rules were not saved. Correct them, then save again; your text is kept:
          </p>
          <ul>
            @for (problem of rulesProblems(); track $index) {
              <li>{{ problem }}</li>
            }
          </ul>
        </div>
      }
    </section>
  `,
  styleUrl: '../settings-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmailRulesSection {
  /** The Settings form, whose email rule controls this section shows. */
  readonly form = input.required<SettingsForm>();
  /** What is wrong with the rule types typed, if anything. */
  readonly ignoreTypesError = input<AppError | null>(null);
  /** What is wrong with the rules typed, in words (empty: nothing). */
  readonly rulesProblems = input<readonly string[]>([]);
}
