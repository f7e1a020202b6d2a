import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { PaneIcon } from '../../icons/pane-icon';
import { EMAIL_PANE_ICONS } from '../email-pane-icons';
import { SenderStore } from '../sender/sender-store';
import { TicketRow } from './ticket-row';
import type { TicketFilter } from './open-tickets-query';
import { PaneTicketsStore } from './tickets-store';

/**
 * The tickets that matter for the email: its thread's tickets, highlighted, then the client's open
 * tickets (all, or the agent's own: two toggle buttons, `aria-pressed`, in a labelled group),
 * newest activity first.
 */
@Component({
  selector: 'halo-ticket-list',
  imports: [PaneIcon, TicketRow],
  templateUrl: './ticket-list.html',
  styleUrl: './ticket-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketList {
  protected readonly tickets = inject(PaneTicketsStore);
  protected readonly sender = inject(SenderStore);
  protected readonly icons = EMAIL_PANE_ICONS;

  protected setFilter(value: TicketFilter): void {
    this.tickets.setFilter(value);
  }
}
