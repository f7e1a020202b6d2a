import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { FormControl } from '@angular/forms';
import type { RecordChoice } from './record-choice';
import { RecordPicker } from './record-picker';
import type { TicketTarget } from './ticket-target';

/**
 * The "Ticket" field of the log forms that add e-mail to a ticket: the thread's and open tickets,
 * any other by number or words of the summary ({@link ticketTarget} gives what it offers).
 */
@Component({
  selector: 'halo-ticket-picker',
  imports: [RecordPicker],
  template: `
    <halo-record-picker
      [control]="control()"
      [groups]="target().groups()"
      [search]="target().search"
      label="Ticket"
      i18n-label="@@log.form.ticket"
      hint="A number, or words of the summary"
      i18n-hint="@@log.form.ticketHint"
      required="Choose a ticket from the list."
      i18n-required="@@log.form.ticketRequired"
    />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketPicker {
  /** The form's ticket control. */
  readonly control = input.required<FormControl<RecordChoice | string | null>>();
  /** What to offer and how to search. */
  readonly target = input.required<TicketTarget>();
}
