import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatIcon } from '@angular/material/icon';
import { SenderStore } from '../sender/sender-store';
import { TicketRow } from './ticket-row';
import type { TicketFilter } from './open-tickets-query';
import { PaneTicketsStore } from './tickets-store';

/**
 * The tickets that matter for the email: its thread's tickets, highlighted, then the client's open
 * tickets (all, or the agent's own), newest activity first.
 */
@Component({
  selector: 'halo-ticket-list',
  imports: [MatButtonToggle, MatButtonToggleGroup, MatIcon, TicketRow],
  templateUrl: './ticket-list.html',
  styleUrl: './ticket-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketList {
  protected readonly tickets = inject(PaneTicketsStore);
  protected readonly sender = inject(SenderStore);

  protected setFilter(value: unknown): void {
    if (value === 'all' || value === 'mine') this.tickets.setFilter(value satisfies TicketFilter);
  }
}
