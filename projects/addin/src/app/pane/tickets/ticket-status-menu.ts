import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { PaneIcon } from '../../icons/pane-icon';
import { EMAIL_PANE_ICONS } from '../email-pane-icons';
import type { PaneTicket } from './pane-ticket';
import { PaneTicketsStore } from './tickets-store';
import { VIEW_ICONS } from '../../icons/view-icons';

/**
 * A ticket's status button and the menu of Halo's statuses that moves the ticket. The ticket row
 * loads it (with the menu's overlay code) when the agent first activates the status button, so it
 * takes over from that button: focused, its menu open — the first click or key press is not lost.
 */
@Component({
  selector: 'halo-ticket-status-menu',
  imports: [MatButton, PaneIcon, MatMenu, MatMenuItem, MatMenuTrigger],
  templateUrl: './ticket-status-menu.html',
  styleUrl: './ticket-status-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketStatusMenu {
  /** The icons this view draws. */
  protected readonly viewIcons = VIEW_ICONS;
  protected readonly tickets = inject(PaneTicketsStore);
  protected readonly icons = EMAIL_PANE_ICONS;
  private readonly trigger = viewChild.required(MatMenuTrigger);
  private readonly button = viewChild.required<string, ElementRef<HTMLButtonElement>>('trigger', {
    read: ElementRef,
  });

  /** The ticket. */
  readonly ticket = input.required<PaneTicket>();
  /** The status's name, as the button shows it. */
  readonly name = input.required<string>();
  /** The button's accessible name. */
  readonly label = input.required<string>();
  /** While the ticket is being changed. */
  readonly disabled = input(false);
  /**
   * Open the menu as soon as it is shown, focused as the agent opened it (the agent activated the
   * button this one replaces, with the keyboard or the mouse); null: wait for the agent.
   */
  readonly openAtStart = input<'keyboard' | 'mouse' | null>(null);

  constructor() {
    afterNextRender(() => {
      const origin = this.openAtStart();
      if (!origin) return;
      this.button().nativeElement.focus();
      this.trigger().openMenu();
      this.trigger().menu?.focusFirstItem(origin);
    });
  }
}
