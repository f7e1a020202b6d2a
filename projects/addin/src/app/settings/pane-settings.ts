import { AppError } from '@halo-outlook/core';
import { LanguageSetting, isLanguageSetting } from '../i18n/pane-language';
import { ThemeSetting, isThemeSetting } from '../theme/theme-setting';
import {
  DEFAULT_EMAIL_RULE_SETTINGS,
  EmailRuleSettings,
  checkEmailRuleSettings,
  readEmailRuleSettings,
} from './email-rules/email-rule-settings';
import { MAX_TAG_MAPPINGS, readTicketTypeByTag } from './tag-ticket-types/ticket-type-by-tag';

/**
 * The agent's preferences, kept in roaming settings so they follow the agent to every Outlook.
 * The log actions read the defaults when they open their forms; the email rules matcher reads
 * how to apply Halo's email rules at each email.
 */
export interface PaneSettings extends EmailRuleSettings {
  /** The ticket type a new ticket starts with, or null for Halo's default. */
  readonly defaultTicketTypeId: number | null;
  /** The outcome a logged email gets, or null for the log action's own choice. */
  readonly defaultOutcomeId: number | null;
  /** Whether the email's attachments are logged too, unless the agent unticks them. */
  readonly attachmentsByDefault: boolean;
  /** Whether a logged email is a private (agent-only) note unless the agent changes it. */
  readonly privateNoteByDefault: boolean;
  /** Time taken that a logged email starts with, in minutes (0 to 480). */
  readonly defaultMinutes: number;
  /** Email from these domains (and their subdomains) is never logged. */
  readonly neverLogDomains: readonly string[];
  /** The ticket type create preselects when the email has a tag, by tag id (`class:billing`). */
  readonly ticketTypeByTag: Readonly<Record<string, number>>;
  /** The pane's language. */
  readonly language: LanguageSetting;
  /** Light, dark, or following the system. */
  readonly theme: ThemeSetting;
}

/** The most minutes a default may be: a working day. */
export const MAX_DEFAULT_MINUTES = 480;

/** The most never-log domains kept (they share the 32 KB of roaming settings). */
export const MAX_NEVER_LOG_DOMAINS = 200;

/** What an agent who changed nothing has. */
export const DEFAULT_PANE_SETTINGS: PaneSettings = Object.freeze({
  defaultTicketTypeId: null,
  defaultOutcomeId: null,
  attachmentsByDefault: true,
  privateNoteByDefault: true,
  defaultMinutes: 0,
  neverLogDomains: Object.freeze([]) as readonly string[],
  ticketTypeByTag: Object.freeze({}),
  ...DEFAULT_EMAIL_RULE_SETTINGS,
  language: 'auto',
  theme: 'system',
});

/**
 * Reads stored settings tolerantly: a missing or malformed value (an older version, a hand-edited
 * mailbox) takes its default instead of breaking the pane.
 */
export function readPaneSettings(stored: unknown): PaneSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const d = DEFAULT_PANE_SETTINGS;
  const domains = Array.isArray(s['neverLogDomains'])
    ? s['neverLogDomains'].filter((v): v is string => typeof v === 'string')
    : d.neverLogDomains;
  return Object.freeze({
    defaultTicketTypeId: readId(s['defaultTicketTypeId']),
    defaultOutcomeId: readId(s['defaultOutcomeId']),
    attachmentsByDefault: readFlag(s['attachmentsByDefault'], d.attachmentsByDefault),
    privateNoteByDefault: readFlag(s['privateNoteByDefault'], d.privateNoteByDefault),
    defaultMinutes: isMinutes(s['defaultMinutes']) ? s['defaultMinutes'] : d.defaultMinutes,
    neverLogDomains: Object.freeze(domains.slice(0, MAX_NEVER_LOG_DOMAINS)),
    ticketTypeByTag: readTicketTypeByTag(s['ticketTypeByTag']),
    ...readEmailRuleSettings(s),
    language: isLanguageSetting(s['language']) ? s['language'] : d.language,
    theme: isThemeSetting(s['theme']) ? s['theme'] : d.theme,
  });
}

/**
 * Checks settings before they are saved; throws an `invalid-input` `AppError` saying which value
 * is wrong and how to fix it.
 */
export function checkPaneSettings(settings: PaneSettings): PaneSettings {
  if (!isMinutes(settings.defaultMinutes)) {
    throw new AppError({
      kind: 'invalid-input',
      message: $localize`:@@settings.minutes.invalid:The default time must be a whole number of minutes from 0 to ${MAX_DEFAULT_MINUTES}:max:.`,
      action: $localize`:@@settings.minutes.action:Correct the default time, then save again.`,
      retryable: false,
    });
  }
  if (settings.neverLogDomains.length > MAX_NEVER_LOG_DOMAINS) {
    throw new AppError({
      kind: 'invalid-input',
      message: $localize`:@@settings.neverLog.tooMany:Up to ${MAX_NEVER_LOG_DOMAINS}:max: never-log domains can be kept.`,
      action: $localize`:@@settings.neverLog.tooManyAction:Remove some domains, then save again.`,
      retryable: false,
    });
  }
  if (Object.keys(settings.ticketTypeByTag).length > MAX_TAG_MAPPINGS) {
    throw new AppError({
      kind: 'invalid-input',
      message: $localize`:@@settings.tagTypes.tooMany:Up to ${MAX_TAG_MAPPINGS}:max: tags can be given a ticket type.`,
      action: $localize`:@@settings.tagTypes.tooManyAction:Clear some of them, then save again.`,
      retryable: false,
    });
  }
  checkEmailRuleSettings(settings);
  return settings;
}

function readId(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

function readFlag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function isMinutes(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= MAX_DEFAULT_MINUTES
  );
}
