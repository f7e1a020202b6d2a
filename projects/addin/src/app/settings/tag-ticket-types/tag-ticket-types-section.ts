import { ChangeDetectionStrategy, Component, OnInit, computed, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import type { HaloChoice } from '../halo-choices-store';
import type { TagTicketTypesForm } from '../settings-form';
import { type MappableTag, loadMappableTags } from './mappable-tags';
import { missingTicketType, withSavedChoices } from '../saved-choices';

/**
 * The Settings section that gives a tag of the pane (the classification's *Billing question*…)
 * a ticket type, which Create ticket then starts with. The tags are loaded with the classifier's
 * chunk; their controls join the form as they arrive, holding the saved mapping. A type chosen
 * before that Halo no longer offers stays listed, so nothing changes unless the agent changes it.
 */
@Component({
  selector: 'halo-tag-ticket-types-section',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatSelect, MatOption],
  template: `
    <section aria-labelledby="settings-tag-types">
      <h3 id="settings-tag-types" i18n="@@settings.tagTypes.title">Ticket type by tag</h3>
      <p class="hint" i18n="@@settings.tagTypes.hint">
        When the pane tags an email, Create ticket starts with this ticket type (a Halo email rule’s
        own ticket type comes first).
      </p>
      @if (tags(); as tags) {
        <div [formGroup]="form()" class="tags">
          @for (tag of tags; track tag.id) {
            <mat-form-field appearance="outline" subscriptSizing="dynamic" floatLabel="always">
              <mat-label>{{ tag.label }}</mat-label>
              <mat-select
                [formControlName]="tag.id"
                i18n-placeholder="@@settings.tagTypes.none"
                placeholder="No preselection"
              >
                <mat-option [value]="null" i18n="@@settings.tagTypes.none"
                  >No preselection</mat-option
                >
                @for (type of offered(); track type.id) {
                  <mat-option [value]="type.id">{{ type.name }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          }
        </div>
      } @else if (failed()) {
        <p class="field-error" role="alert" i18n="@@settings.tagTypes.loadFailed">
          The pane’s tags could not be loaded. Check your connection, then open Settings again; the
          ticket types chosen before are kept.
        </p>
      }
    </section>
  `,
  styleUrl: '../settings-section.scss',
  styles: `
    .tags {
      display: flex;
      flex-direction: column;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TagTicketTypesSection implements OnInit {
  /** The form group of the mapping: the section adds one control per tag. */
  readonly form = input.required<TagTicketTypesForm>();
  /** Halo's ticket types agents may pick. */
  readonly ticketTypes = input.required<readonly HaloChoice[]>();
  /** The mapping as saved: each tag starts with it, and a type Halo no longer offers stays listed. */
  readonly saved = input<Readonly<Record<string, number>>>({});

  protected readonly tags = signal<readonly MappableTag[] | null>(null);
  protected readonly failed = signal(false);
  protected readonly offered = computed(() =>
    withSavedChoices(this.ticketTypes(), Object.values(this.saved()), missingTicketType),
  );

  ngOnInit(): void {
    loadMappableTags().then(
      (tags) => {
        const form = this.form();
        for (const tag of tags) {
          if (form.contains(tag.id)) continue;
          const control = new FormControl<number | null>(this.saved()[tag.id] ?? null);
          form.addControl(tag.id, control, { emitEvent: false });
        }
        this.tags.set(tags);
      },
      () => this.failed.set(true),
    );
  }
}
