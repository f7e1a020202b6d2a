import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { HaloLinks } from '@halo-outlook/sdk';
import { PaneIcon } from '../../icons/pane-icon';
import { PaneLocale } from '../../i18n/pane-locale';
import { EMAIL_PANE_ICONS } from '../email-pane-icons';
import type { PaneTicket } from './pane-ticket';
import { relativeTime } from './relative-time';
import { TicketStatusMenu } from './ticket-status-menu';
import { PaneTicketsStore } from './tickets-store';

let nextId = 0;

/**
 * One ticket: its number and summary (a link to the ticket in Halo), its status (a menu of Halo's
 * statuses to move it), who has it, its last activity, and Assign to me. The status menu and its
 * overlay are loaded when the agent first opens it (prefetched when the browser is idle).
 */
@Component({
  selector: 'halo-ticket-row',
  imports: [MatButton, PaneIcon, TicketStatusMenu],
  templateUrl: './ticket-row.html',
  styleUrl: './ticket-row.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.thread]': 'ticket().thread', '[attr.data-ticket]': 'ticket().id' },
})
export class TicketRow {
  protected readonly tickets = inject(PaneTicketsStore);
  protected readonly icons = EMAIL_PANE_ICONS;
  private readonly locale = inject(PaneLocale);

  /** The ticket. */
  readonly ticket = input.required<PaneTicket>();

  protected readonly titleId = `halo-ticket-row-${nextId++}`;
  /** How the agent first activated the status button: show the status menu (loading it first). */
  protected readonly statusMenuOpenedBy = signal<'keyboard' | 'mouse' | null>(null);
  private readonly links = inject(HaloLinks);
  protected readonly url = computed(() => this.links.ticket(this.ticket().id));
  protected readonly mine = computed(() => {
    const me = this.tickets.myId();
    return me !== null && this.ticket().agentId === me;
  });
  protected readonly writing = computed(() => this.tickets.writing().includes(this.ticket().id));
  protected readonly lastActivity = computed(() =>
    relativeTime(this.ticket().lastActionDate, this.locale.language(), Date.now()),
  );
  protected readonly statusName = computed(
    () => this.ticket().statusName ?? $localize`:@@pane.ticket.statusUnknown:Status`,
  );
  protected readonly statusLabel = computed(
    () =>
      $localize`:@@pane.ticket.statusLabel:Status of #${this.ticket().id}:id:: ${this.statusName()}:status:. Change it`,
  );
  protected readonly assignLabel = computed(
    () => $localize`:@@pane.ticket.assignLabel:Assign #${this.ticket().id}:id: to me`,
  );
}
