import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { LogFormHost } from '@halo-outlook/sdk';
import { APPEND_TO_TICKET_ID } from '../append/append-to-ticket-action';
import { AttachmentPicker } from '../form/attachment-picker';
import { attachmentSizeValidator } from '../form/attachment-size-validator';
import { controlValue } from '../form/control-value';
import { followDefaultOutcome } from '../form/default-outcome';
import { haloList } from '../form/halo-list';
import { LogDetails } from '../form/log-details';
import { logDetailsForm, noteChoice } from '../form/log-details-form';
import { type ChoiceGroup, isRecordChoice, type RecordChoice } from '../form/record-choice';
import { recordToSubmit, requiredRecord } from '../form/required-record';
import { RecordPicker, type RecordSearch } from '../form/record-picker';
import { choiceOfCandidate, searchClients } from '../form/ticket-choices';
import { limitsOf } from '../options/with-limits';
import { ticketSummaryFromSubject } from '../summary/ticket-summary-from-subject';
import { preselectSummary, preselectTicketType, ticketTypesToOffer } from './create-defaults';
import type { CreateInput } from './create-input';
import { preselectionHint } from './preselection-hint';

/** The contact select's value for a sender who is not in Halo (Halo ids start at 1). */
const NOT_IN_HALO = 0;
/** The value of "Halo's default" and "the client's main site" in their selects. */
const NONE = 0;

/**
 * The form of "Create ticket": a warning with a link and "Append instead" when the e-mail or its
 * thread is already on a ticket; the ticket type (preselected from the e-mail's tags or the
 * agent's default, saying which), the summary (from the subject, or an email rule's mapping), the
 * client, site and contact from the pane's picture (each editable), the outcome of the e-mail's
 * record, private or public, the time taken, the body options and the files.
 */
@Component({
  selector: 'halo-create-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    RecordPicker,
    LogDetails,
    AttachmentPicker,
  ],
  template: `
    @if (existing(); as existing) {
      <div class="warning" role="status">
        @if (host.ticketUrl(existing.id); as url) {
          @if (existing.logged) {
            <p i18n="@@log.create.alreadyOnLink">
              This email is already on ticket
              <a [href]="url" target="_blank" rel="noopener">#{{ existing.id }}</a
              >.
            </p>
          } @else {
            <p i18n="@@log.create.threadOnLink">
              This email’s thread is on ticket
              <a [href]="url" target="_blank" rel="noopener">#{{ existing.id }}</a
              >.
            </p>
          }
        } @else {
          @if (existing.logged) {
            <p i18n="@@log.create.alreadyOn">This email is already on ticket #{{ existing.id }}.</p>
          } @else {
            <p i18n="@@log.create.threadOn">This email’s thread is on ticket #{{ existing.id }}.</p>
          }
        }
        <div>
          <button
            mat-stroked-button
            type="button"
            (click)="appendInstead()"
            i18n="@@log.create.appendInstead"
          >
            Append instead
          </button>
        </div>
      </div>
    }
    <form [formGroup]="form" (ngSubmit)="submit()" class="log-form">
      <mat-form-field appearance="outline">
        <mat-label i18n="@@log.form.ticketType">Ticket type</mat-label>
        <mat-select formControlName="ticketTypeId">
          <mat-option [value]="none" i18n="@@log.form.defaultType">Halo’s default</mat-option>
          @for (type of ticketTypes(); track type.id) {
            <mat-option [value]="type.id">{{ type.name }}</mat-option>
          }
        </mat-select>
        @if (typeHint(); as hint) {
          <mat-hint>{{ hint }}</mat-hint>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label i18n="@@log.form.summary">Summary</mat-label>
        <input matInput formControlName="summary" maxlength="250" />
        @if (summaryHint(); as hint) {
          <mat-hint>{{ hint }}</mat-hint>
        }
        <mat-error i18n="@@log.form.summaryRequired">Give the ticket a summary.</mat-error>
      </mat-form-field>
      <halo-record-picker
        [control]="form.controls.client"
        [groups]="clientGroups()"
        [search]="searchClient"
        label="Client"
        i18n-label="@@log.form.client"
        hint="Type to search Halo’s clients"
        i18n-hint="@@log.form.clientHint"
        required="Choose the client from the list."
        i18n-required="@@log.form.clientRequired"
      />
      <mat-form-field appearance="outline">
        <mat-label i18n="@@log.form.site">Site</mat-label>
        <mat-select formControlName="siteId">
          <mat-option [value]="none" i18n="@@log.form.mainSite">The client’s main site</mat-option>
          @for (site of sites.items(); track site.id) {
            <mat-option [value]="site.id">{{ site.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label i18n="@@log.form.contact">Contact</mat-label>
        <mat-select formControlName="userId">
          @for (contact of contacts(); track contact.id) {
            <mat-option [value]="contact.id">{{ contact.label }}</mat-option>
          }
          <mat-option [value]="notInHalo">{{ senderNotInHalo() }}</mat-option>
        </mat-select>
      </mat-form-field>
      <halo-log-details
        [form]="form.controls.details"
        [outcomes]="outcomes.items()"
        [outcomesFailed]="outcomes.failed()"
      />
      <halo-attachment-picker
        [form]="form.controls.details"
        [snapshot]="host.snapshot()"
        [originalAvailable]="host.capabilities.messageFile"
      />
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="host.busy()" i18n="@@log.form.create">
          Create ticket
        </button>
        <button mat-button type="button" (click)="host.cancel()" i18n="@@log.form.cancel">
          Cancel
        </button>
      </div>
    </form>
  `,
  styleUrl: '../form/log-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateForm {
  protected readonly host = inject<LogFormHost<CreateInput>>(LogFormHost);
  protected readonly notInHalo = NOT_IN_HALO;
  protected readonly none = NONE;
  private readonly picture = this.host.picture;

  protected readonly form = new FormGroup({
    ticketTypeId: new FormControl<number>(NONE, { nonNullable: true }),
    summary: new FormControl(ticketSummaryFromSubject(this.host.snapshot().subject), {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(250)],
    }),
    client: requiredRecord('client'),
    siteId: new FormControl<number>(NONE, { nonNullable: true }),
    userId: new FormControl<number>(NOT_IN_HALO, { nonNullable: true }),
    details: logDetailsForm({
      defaults: this.host.defaults(),
      snapshot: this.host.snapshot(),
      capabilities: this.host.capabilities,
      trimQuotedHistory: false,
    }),
  });

  protected readonly outcomes = haloList(
    () => true,
    (_, signal) => this.host.halo.outcomes({ signal }),
  );
  private readonly allTypes = haloList(
    () => true,
    (_, signal) => this.host.halo.ticketTypes({ signal }),
  );
  protected readonly ticketTypes = computed(() => ticketTypesToOffer(this.allTypes.items()));
  /** The ticket type to start with (a tag's, the agent's default), and why. */
  private readonly typePreselection = computed(() =>
    preselectTicketType(this.picture(), this.host.defaults(), this.ticketTypes()),
  );
  private readonly typeValue = controlValue(this.form.controls.ticketTypeId);
  /** Why the ticket type is preselected, while the agent keeps it. */
  protected readonly typeHint = computed(() => {
    const preselected = this.typePreselection();
    return preselected && preselected.value === this.typeValue()
      ? preselectionHint(preselected.source)
      : null;
  });
  /** A summary an email rule read from the body, and why. */
  private readonly summaryPreselection = computed(() => preselectSummary(this.picture()));
  private readonly summaryValue = controlValue(this.form.controls.summary);
  /** Why the summary is preselected, while the agent keeps it. */
  protected readonly summaryHint = computed(() => {
    const preselected = this.summaryPreselection();
    return preselected && preselected.value === this.summaryValue()
      ? preselectionHint(preselected.source)
      : null;
  });
  private readonly client = controlValue(this.form.controls.client);
  private readonly clientId = computed(() => {
    const client = this.client();
    return isRecordChoice(client) ? client.id : null;
  });
  protected readonly sites = haloList(
    () => this.clientId() ?? undefined,
    (id, signal) => this.host.halo.sitesByClient(id, { signal }),
  );
  private readonly users = haloList(
    () => this.clientId() ?? undefined,
    (id, signal) => this.host.halo.usersByClient(id, { signal }),
  );

  protected readonly clientGroups = computed((): ChoiceGroup[] => [
    {
      label: $localize`:@@log.form.proposedClients:From the sender`,
      items: [this.picture().client, ...this.picture().clientChoice]
        .filter((c) => c !== null)
        .flatMap(choiceOfCandidate),
    },
  ]);
  protected readonly searchClient: RecordSearch = (text, signal) =>
    searchClients(this.host.halo, text, signal);

  /** The contacts: the pane's, then the client's users, once each. */
  protected readonly contacts = computed((): RecordChoice[] => {
    const picture = this.picture();
    const proposed = [picture.contact, ...picture.contactChoice]
      .filter((c) => c !== null)
      .flatMap(choiceOfCandidate);
    const users = this.users.items().map((u) => ({ id: u.id, label: u.name }));
    const seen = new Set<number>();
    return [...proposed, ...users].filter((c) => !seen.has(c.id) && seen.add(c.id));
  });
  protected readonly senderNotInHalo = computed(() => {
    const from = this.host.snapshot().from;
    const who = from.name ? `${from.name} <${from.address}>` : from.address;
    return $localize`:@@log.form.notInHalo:Not in Halo: ${who}:sender:`;
  });

  /** The ticket the e-mail (or its thread) is already on. */
  protected readonly existing = computed(() => {
    const logged = this.host.alreadyLogged();
    if (logged) return { id: logged.ticketId, logged: true };
    const thread = this.picture().threadTickets.find((t) => typeof t.id === 'number');
    return thread
      ? { id: thread.id as number, logged: thread.data?.['alreadyLogged'] === true }
      : null;
  });

  constructor() {
    const details = this.form.controls.details;
    details.addValidators(
      attachmentSizeValidator(this.host.snapshot(), limitsOf(this.host.action)),
    );
    details.updateValueAndValidity();
    // Fill from the picture as it arrives, without overriding what the agent chose.
    effect(() => {
      const picture = this.picture();
      untracked(() => {
        const client = [picture.client].filter((c) => c !== null).flatMap(choiceOfCandidate)[0];
        if (
          client &&
          !this.form.controls.client.dirty &&
          this.form.controls.client.value === null
        ) {
          this.form.controls.client.setValue(client);
        }
        const contact = picture.contact;
        if (typeof contact?.id === 'number' && !this.form.controls.userId.dirty) {
          this.form.controls.userId.setValue(contact.id);
        }
        const site = picture.site;
        if (typeof site?.id === 'number' && !this.form.controls.siteId.dirty) {
          this.form.controls.siteId.setValue(site.id);
        }
      });
    });
    // When the agent picks another client, a site or contact of the last one no longer fits.
    effect(() => {
      const sites = this.sites.items();
      const users = this.users.items();
      const loaded = this.sites.loaded() && this.users.loaded();
      untracked(() => {
        if (!loaded || !this.form.controls.client.dirty) return;
        const { siteId, userId } = this.form.controls;
        if (siteId.value !== NONE && !sites.some((s) => s.id === siteId.value))
          siteId.setValue(NONE);
        if (userId.value !== NOT_IN_HALO && !users.some((u) => u.id === userId.value)) {
          userId.setValue(NOT_IN_HALO);
        }
      });
    });
    // The ticket type and summary follow the tags as they arrive, until the agent changes them.
    effect(() => {
      const preselected = this.typePreselection();
      untracked(() => {
        if (this.form.controls.ticketTypeId.dirty) return;
        this.form.controls.ticketTypeId.setValue(preselected?.value ?? NONE);
      });
    });
    effect(() => {
      const preselected = this.summaryPreselection();
      untracked(() => {
        if (preselected === null || this.form.controls.summary.dirty) return;
        this.form.controls.summary.setValue(preselected.value);
      });
    });
    followDefaultOutcome(
      this.outcomes.items,
      details.controls.outcomeId,
      () => this.host.defaults().outcomeId,
    );
  }

  protected appendInstead(): void {
    this.host.switchTo(APPEND_TO_TICKET_ID);
  }

  protected submit(): void {
    const client = recordToSubmit(this.form, this.form.controls.client);
    if (!client) return;
    const value = this.form.getRawValue();
    const details = value.details;
    const from = this.host.snapshot().from;
    const inHalo = value.userId !== NOT_IN_HALO;
    this.host.submit({
      ticketTypeId: value.ticketTypeId === NONE ? null : value.ticketTypeId,
      summary: value.summary.trim(),
      clientId: client.id,
      siteId: value.siteId === NONE ? null : value.siteId,
      userId: inHalo ? value.userId : null,
      userName: inHalo ? null : from.name || from.address,
      userEmail: inHalo ? null : from.address,
      ...noteChoice(this.form.controls.details, this.outcomes.items()),
      attachmentIds: [...details.attachmentIds],
      includeOriginal: details.includeOriginal,
    });
  }
}
