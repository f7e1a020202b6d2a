import { InjectionToken, type Signal, signal } from '@angular/core';

/** The agent's defaults a log action's form starts from (from the pane's settings). */
export interface LogDefaults {
  /** The ticket type a new ticket starts with, or null for the action's own choice. */
  readonly ticketTypeId: number | null;
  /** The outcome of the action recording the e-mail, or null for the action's own choice. */
  readonly outcomeId: number | null;
  /** Whether the e-mail's attachments are logged too, unless the agent unticks them. */
  readonly attachments: boolean;
  /** Whether the note is private (agent-only) unless the agent changes it. */
  readonly privateNote: boolean;
  /** The time taken a form starts with, in minutes. */
  readonly minutes: number;
  /**
   * The ticket type a new ticket starts with when the e-mail carries a tag, by tag id
   * (`{ 'class:billing': 7 }`): used when no tag names a ticket type itself (`data.ticketTypeId`).
   * Absent: no mapping.
   */
  readonly ticketTypeByTag?: Readonly<Record<string, number>>;
}

/** The defaults when the app gives none. */
export const DEFAULT_LOG_DEFAULTS: LogDefaults = Object.freeze({
  ticketTypeId: null,
  outcomeId: null,
  attachments: true,
  privateNote: true,
  minutes: 0,
  ticketTypeByTag: Object.freeze({}),
});

/**
 * The defaults log action forms start from, as a signal (the app binds it to its settings).
 *
 * @usageNotes
 * `{ provide: LOG_DEFAULTS, useFactory: () => computed(() => toLogDefaults(inject(SettingsStore).settings())) }`
 */
export const LOG_DEFAULTS = new InjectionToken<Signal<LogDefaults>>('LOG_DEFAULTS', {
  providedIn: 'root',
  factory: () => signal(DEFAULT_LOG_DEFAULTS).asReadonly(),
});
