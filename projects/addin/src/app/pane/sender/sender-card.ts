import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { PaneIcon } from '../../icons/pane-icon';
import { CreateContactForm } from '../create-contact/create-contact-form';
import { EMAIL_PANE_ICONS } from '../email-pane-icons';
import { OverridePicker } from '../pickers/override-picker';
import { MatchReasons } from './match-reasons';
import { SenderStore } from './sender-store';
import { VIEW_ICONS } from '../../icons/view-icons';

/** Which override picker is open. */
type Picking = 'contact' | 'client' | null;

/**
 * Who sent the email, in Halo: the contact's name and address, their client, site and phone, and
 * on demand why the pane believes it. A sender Halo does not know is said to be "Not in Halo",
 * with Create contact. The agent can correct the contact or the client with a picker; the pickers
 * and the create form load only when first opened.
 */
@Component({
  selector: 'halo-sender-card',
  imports: [MatButton, PaneIcon, MatchReasons, OverridePicker, CreateContactForm],
  templateUrl: './sender-card.html',
  styleUrl: './sender-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SenderCard {
  /** The icons this view draws. */
  protected readonly viewIcons = VIEW_ICONS;
  protected readonly sender = inject(SenderStore);
  protected readonly icons = EMAIL_PANE_ICONS;
  private readonly injector = inject(Injector);

  protected readonly changeClientLabel = $localize`:@@pane.sender.clientPicker:Change the client`;
  protected readonly changeContactLabel = $localize`:@@pane.sender.contactPicker:Change the contact`;
  protected readonly showReasons = signal(false);
  protected readonly picking = signal<Picking>(null);
  protected readonly creating = signal(false);

  private readonly contactTrigger = viewChild<ElementRef<HTMLElement>>('contactTrigger');
  private readonly clientTrigger = viewChild<ElementRef<HTMLElement>>('clientTrigger');
  private readonly createTrigger = viewChild<ElementRef<HTMLElement>>('createTrigger');

  protected pick(what: Picking): void {
    this.creating.set(false);
    this.picking.set(what);
  }

  /** A picker closed: the focus goes back to the button that opened it. */
  protected picked(): void {
    const trigger = this.picking() === 'client' ? this.clientTrigger : this.contactTrigger;
    this.picking.set(null);
    this.focusAfterRender(() => trigger()?.nativeElement ?? this.createTrigger()?.nativeElement);
  }

  protected startCreating(): void {
    this.picking.set(null);
    this.creating.set(true);
  }

  protected stopCreating(): void {
    this.creating.set(false);
    this.focusAfterRender(() => this.createTrigger()?.nativeElement);
  }

  private focusAfterRender(target: () => HTMLElement | undefined): void {
    afterNextRender({ write: () => target()?.focus() }, { injector: this.injector });
  }
}
