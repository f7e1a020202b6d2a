import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  resource,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  MatListItemLine,
  MatListItemTitle,
  MatListOption,
  MatSelectionList,
} from '@angular/material/list';
import { MatProgressBar } from '@angular/material/progress-bar';
import { type ConversationMessage, LogFormHost, toAppError } from '@halo-outlook/sdk';
import { controlValue } from '../form/control-value';
import { followDefaultOutcome } from '../form/default-outcome';
import { haloList } from '../form/halo-list';
import { LogDetails } from '../form/log-details';
import { logDetailsForm, noteChoice } from '../form/log-details-form';
import { isRecordChoice } from '../form/record-choice';
import { recordToSubmit, requiredRecord } from '../form/required-record';
import { TicketPicker } from '../form/ticket-picker';
import { ticketTarget } from '../form/ticket-target';
import type { ConversationInput } from './conversation-input';
import type { WithConversationSource } from './log-conversation-action';

/**
 * The form of "Log the conversation": the ticket (the thread's preselected), the conversation's
 * messages oldest first (all ticked; the open one marked), the note options of append, and whether
 * each message's files and `.eml` go too. The input is kept when a submit fails.
 */
@Component({
  selector: 'halo-conversation-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatSelectionList,
    MatListOption,
    MatListItemTitle,
    MatListItemLine,
    MatProgressBar,
    TicketPicker,
    LogDetails,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" class="log-form">
      <halo-ticket-picker [control]="form.controls.ticket" [target]="target" />
      <h3 class="messages-title" id="conversation-messages" i18n="@@log.conversation.messages">
        Messages to add, oldest first
      </h3>
      @if (messages.isLoading()) {
        <mat-progress-bar mode="indeterminate" aria-labelledby="conversation-messages" />
      } @else if (problem(); as problem) {
        <div class="warning" role="alert">
          <p>{{ problem }}</p>
          <button
            mat-button
            type="button"
            (click)="messages.reload()"
            i18n="@@log.conversation.retry"
          >
            Try again
          </button>
        </div>
      } @else {
        <mat-selection-list
          formControlName="messageIds"
          aria-labelledby="conversation-messages"
          class="messages"
        >
          @for (message of list(); track message.id) {
            <mat-list-option [value]="message.id" togglePosition="before">
              <span matListItemTitle>{{ message.subject || noSubject }}</span>
              <span matListItemLine
                >{{ message.from.name || message.from.address }} ·
                {{ receivedLabel(message) }}
                @if (message.id === currentId()) {
                  · <strong i18n="@@log.conversation.thisEmail">this email</strong>
                }
              </span>
            </mat-list-option>
          }
        </mat-selection-list>
        @if (form.controls.messageIds.touched && form.controls.messageIds.invalid) {
          <p class="problem" role="alert" i18n="@@log.conversation.noneChosen">
            Choose at least one message of the conversation.
          </p>
        }
      }
      <halo-log-details
        [form]="form.controls.details"
        [outcomes]="outcomes.items()"
        [outcomesFailed]="outcomes.failed()"
      />
      <mat-checkbox formControlName="attachments" i18n="@@log.conversation.attachments"
        >Add each message’s attachments</mat-checkbox
      >
      <mat-checkbox formControlName="includeOriginal" i18n="@@log.conversation.original"
        >Add each message as an .eml file</mat-checkbox
      >
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="host.busy() || !list().length">
          {{ submitLabel() }}
        </button>
        <button mat-button type="button" (click)="host.cancel()" i18n="@@log.form.cancel">
          Cancel
        </button>
      </div>
    </form>
  `,
  styleUrl: '../form/log-form.scss',
  styles: `
    .messages-title {
      margin: 8px 0 0;
      font: var(--mat-sys-title-small);
    }
    .messages {
      padding: 0;
    }
    .problem {
      margin: 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConversationForm {
  protected readonly host = inject<LogFormHost<ConversationInput>>(LogFormHost);
  private readonly source = (this.host.action as unknown as WithConversationSource).source;
  protected readonly noSubject = $localize`:@@log.conversation.noSubject:(no subject)`;
  /** When a message arrived, in the pane's language ("3 Mar, 14:05" / "3 mars, 14:05"). */
  private readonly receivedFormat = new Intl.DateTimeFormat(
    inject(DOCUMENT).documentElement.lang || undefined,
    { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  );
  protected readonly outcomes = haloList(
    () => true,
    (_, signal) => this.host.halo.outcomes({ signal }),
  );
  /** The conversation's messages, read again when the e-mail changes. */
  protected readonly messages = resource({
    params: () => this.host.snapshot(),
    loader: ({ params, abortSignal }) => this.source.messages(params, abortSignal),
  });
  /** The message's arrival time as {@link receivedFormat} writes it; empty when Graph gave none. */
  protected receivedLabel(message: ConversationMessage): string {
    const at = new Date(message.receivedAt);
    return Number.isNaN(at.getTime()) ? '' : this.receivedFormat.format(at);
  }
  protected readonly list = computed((): readonly ConversationMessage[] =>
    this.messages.hasValue() ? this.messages.value() : [],
  );
  protected readonly problem = computed(() => {
    const error = this.messages.error();
    if (!error) return null;
    const problem = toAppError(error);
    return `${problem.message} ${problem.action}`.trim();
  });
  /** The open e-mail's entry in the list (matched by Message-ID, the ids differ by source). */
  protected readonly currentId = computed(() => {
    const current = this.host.snapshot().internetMessageId;
    return this.list().find((m) => current && m.internetMessageId === current)?.id ?? null;
  });

  protected readonly form = new FormGroup({
    ticket: requiredRecord('ticket'),
    messageIds: new FormControl<readonly string[]>([], {
      nonNullable: true,
      validators: Validators.required,
    }),
    details: logDetailsForm({
      defaults: this.host.defaults(),
      snapshot: this.host.snapshot(),
      capabilities: this.host.capabilities,
      trimQuotedHistory: true,
    }),
    attachments: new FormControl(this.host.defaults().attachments, { nonNullable: true }),
    includeOriginal: new FormControl(false, { nonNullable: true }),
  });

  protected readonly target = ticketTarget(this.host, this.form.controls.ticket);
  private readonly ticket = controlValue(this.form.controls.ticket);
  private readonly chosen = controlValue(this.form.controls.messageIds);
  protected readonly submitLabel = computed(() => {
    const ticket = this.ticket();
    const count = this.chosen().length;
    if (!isRecordChoice(ticket)) return $localize`:@@log.conversation.submit:Add to ticket`;
    return count === 1
      ? $localize`:@@log.conversation.submitOne:Add 1 message to #${ticket.id}:ticket:`
      : $localize`:@@log.conversation.submitMany:Add ${count}:count: messages to #${ticket.id}:ticket:`;
  });

  constructor() {
    // Every message starts ticked, once the list is in (and again when it is read again).
    effect(() => {
      const ids = this.list().map((m) => m.id);
      untracked(() => this.form.controls.messageIds.setValue(ids));
    });
    followDefaultOutcome(
      this.outcomes.items,
      this.form.controls.details.controls.outcomeId,
      () => this.host.defaults().outcomeId,
    );
  }

  protected submit(): void {
    const ticket = recordToSubmit(this.form, this.form.controls.ticket);
    if (!ticket) return;
    const chosen = new Set(this.form.controls.messageIds.value);
    this.host.submit({
      ticketId: ticket.id,
      ...noteChoice(this.form.controls.details, this.outcomes.items()),
      newStatusId: null,
      attachments: this.form.controls.attachments.value,
      includeOriginal: this.form.controls.includeOriginal.value,
      messages: this.list()
        .filter((m) => chosen.has(m.id))
        .map((m) => ({ id: m.id, internetMessageId: m.internetMessageId, subject: m.subject })),
    });
  }
}
