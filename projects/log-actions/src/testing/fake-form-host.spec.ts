import { type Provider, signal } from '@angular/core';
import {
  DEFAULT_LOG_DEFAULTS,
  EMPTY_PICTURE,
  type LogAction,
  type LogDefaults,
  LogFormHost,
  type LoggedTicket,
  type MailboxCapabilities,
  type MailSnapshot,
  type ResolutionPicture,
} from '@halo-outlook/sdk';
import { aMailContent, RecordingHaloFacade } from '@halo-outlook/sdk/testing';

/** A form host for form specs: records what the form submits and asks. */
export class FakeFormHost<T> extends LogFormHost<T> {
  readonly submitted: T[] = [];
  readonly switched: string[] = [];
  cancelled = 0;
  readonly pictureState = signal<ResolutionPicture>(EMPTY_PICTURE);
  readonly defaultsState = signal<LogDefaults>(DEFAULT_LOG_DEFAULTS);
  readonly busyState = signal(false);
  readonly loggedState = signal<LoggedTicket | null>(null);
  readonly snapshot;
  readonly picture = this.pictureState.asReadonly();
  readonly defaults = this.defaultsState.asReadonly();
  readonly busy = this.busyState.asReadonly();
  readonly alreadyLogged = this.loggedState.asReadonly();
  readonly mail = aMailContent();

  constructor(
    readonly action: LogAction<T>,
    snapshot: MailSnapshot,
    readonly halo: RecordingHaloFacade,
    readonly capabilities: MailboxCapabilities,
  ) {
    super();
    this.snapshot = signal(snapshot).asReadonly();
  }

  ticketUrl(ticketId: number): string | null {
    return `https://halo.example/tickets?id=${ticketId}`;
  }

  submit(input: T): void {
    this.submitted.push(input);
  }

  cancel(): void {
    this.cancelled += 1;
  }

  switchTo(actionId: string): void {
    this.switched.push(actionId);
  }
}

/** Capabilities of a current Outlook. */
export const CURRENT_OUTLOOK: MailboxCapabilities = {
  mailbox: true,
  bodyHtml: true,
  itemChanged: true,
  internetHeaders: true,
  categories: true,
  attachmentContent: true,
  messageFile: true,
};

/** Provides `host` as the form's `LogFormHost`. */
export function provideFormHost<T>(host: FakeFormHost<T>): Provider {
  return { provide: LogFormHost, useValue: host };
}
