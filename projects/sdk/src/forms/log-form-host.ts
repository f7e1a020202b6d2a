import type { Signal } from '@angular/core';
import type { MailboxCapabilities, MailSnapshot } from '@halo-outlook/core';
import type { LogAction } from '../contracts/log-action';
import type { HaloReadFacade } from '@halo-outlook/halo';
import type { MailContent } from '../mail/mail-content';
import type { ResolutionPicture } from '../resolution/resolution-picture';
import type { LogDefaults } from './log-defaults';

/** The ticket an e-mail is already logged on, as the pane found it. */
export interface LoggedTicket {
  /** The ticket. */
  readonly ticketId: number;
  /** Its page in Halo, when known. */
  readonly url: string | null;
}

/**
 * What a log action's form gets from the pane, by injection: the e-mail, what was resolved, the
 * agent's defaults, read-only Halo (for pickers), and the way to submit. The pane places the form
 * inline under the action's button and runs the action with the submitted input.
 *
 * @usageNotes
 * ```ts
 * @Component({ selector: 'acme-note-form', template: `…<button (click)="send()">Add</button>` })
 * export class NoteForm {
 *   protected readonly host = inject(LogFormHost<{ ticketId: number }>);
 *   protected send() { this.host.submit({ ticketId: this.host.picture().threadTickets[0].id as number }); }
 * }
 * ```
 */
export abstract class LogFormHost<TInput = unknown> {
  /** The log action the form collects input for (its options are on it, when it has any). */
  abstract readonly action: LogAction<TInput>;
  /** The e-mail. */
  abstract readonly snapshot: Signal<MailSnapshot>;
  /** What the pane resolved (it may still be filling in). */
  abstract readonly picture: Signal<ResolutionPicture>;
  /** The agent's defaults. */
  abstract readonly defaults: Signal<LogDefaults>;
  /** What this Outlook can give (the original message needs `messageFile`…). */
  abstract readonly capabilities: MailboxCapabilities;
  /** The e-mail's content, read on demand. */
  abstract readonly mail: MailContent;
  /** Halo, read-only, counted against this e-mail. */
  abstract readonly halo: HaloReadFacade;
  /** True while the submitted request runs: disable the submit button. */
  abstract readonly busy: Signal<boolean>;
  /** The ticket this e-mail is already on, when the pane found one. */
  abstract readonly alreadyLogged: Signal<LoggedTicket | null>;
  /** The ticket's page in Halo, or null when unknown. */
  abstract ticketUrl(ticketId: number): string | null;
  /** Runs the action with `input` (a second call while one runs is ignored). */
  abstract submit(input: TInput): void;
  /** Closes the form without running anything. */
  abstract cancel(): void;
  /** Opens another log action's form instead ("append instead"). */
  abstract switchTo(actionId: string): void;
}
