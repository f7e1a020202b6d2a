import { type Signal, computed } from '@angular/core';
import {
  type HaloReadFacade,
  type LogAction,
  type LogDefaults,
  LogFormHost,
  type LoggedTicket,
  type MailboxCapabilities,
  type MailContent,
  type MailSnapshot,
  type ResolutionPicture,
} from '@halo-outlook/sdk';

/** What the panel gives a form: the e-mail and the panel's hands. */
export interface PanelFormHostInit {
  readonly action: LogAction;
  readonly snapshot: MailSnapshot;
  readonly picture: Signal<ResolutionPicture>;
  readonly defaults: Signal<LogDefaults>;
  readonly capabilities: MailboxCapabilities;
  readonly mail: MailContent;
  readonly halo: HaloReadFacade;
  readonly busy: Signal<boolean>;
  readonly alreadyLogged: Signal<LoggedTicket | null>;
  readonly ticketUrl: (ticketId: number) => string | null;
  readonly submit: (input: unknown) => void;
  readonly cancel: () => void;
  readonly switchTo: (actionId: string) => void;
}

/**
 * The `LogFormHost` the panel hands the open form (by injection): the e-mail the form was opened
 * for (fixed: a pinned pane that moves on closes the form), the picture as it fills in, the
 * agent's defaults, and the panel's submit, cancel and switch.
 */
export class PanelFormHost extends LogFormHost {
  readonly action: LogAction;
  readonly snapshot: Signal<MailSnapshot>;
  readonly picture: Signal<ResolutionPicture>;
  readonly defaults: Signal<LogDefaults>;
  readonly capabilities: MailboxCapabilities;
  readonly mail: MailContent;
  readonly halo: HaloReadFacade;
  readonly busy: Signal<boolean>;
  readonly alreadyLogged: Signal<LoggedTicket | null>;

  constructor(private readonly init: PanelFormHostInit) {
    super();
    this.action = init.action;
    const snapshot = init.snapshot;
    this.snapshot = computed(() => snapshot);
    this.picture = init.picture;
    this.defaults = init.defaults;
    this.capabilities = init.capabilities;
    this.mail = init.mail;
    this.halo = init.halo;
    this.busy = init.busy;
    this.alreadyLogged = init.alreadyLogged;
  }

  /** The ticket's page in Halo. */
  ticketUrl(ticketId: number): string | null {
    return this.init.ticketUrl(ticketId);
  }

  /** Runs the action with the form's input. */
  submit(input: unknown): void {
    this.init.submit(input);
  }

  /** Closes the form. */
  cancel(): void {
    this.init.cancel();
  }

  /** Opens another action's form. */
  switchTo(actionId: string): void {
    this.init.switchTo(actionId);
  }
}
