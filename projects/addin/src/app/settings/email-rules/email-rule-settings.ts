import { AppError } from '@halo-outlook/core';
import type { EmailRule } from '@halo-outlook/plugin-email-rules';

/** The most bytes the email rules kept in Settings may take (of the 32 KB all roaming settings share). */
export const MAX_EMAIL_RULES_BYTES = 8 * 1024;

/** The most rule type codes that can be named as "ignore". */
export const MAX_IGNORE_TYPES = 20;

/** How the pane applies Halo's email rules: where it reads them, and how. */
export interface EmailRuleSettings {
  /** Read Halo's own rules where the tenant lets the agent (else the rules below apply). */
  readonly haloEmailRules: boolean;
  /** Halo's rule type codes that mean "ignore the email" (Halo does not document them). */
  readonly emailRuleIgnoreTypes: readonly number[];
  /** Rules kept in Settings: applied where Halo's cannot be read. */
  readonly emailRules: readonly EmailRule[];
}

/** What an agent who changed nothing has: Halo's rules, no ignore codes, no rules of their own. */
export const DEFAULT_EMAIL_RULE_SETTINGS: EmailRuleSettings = Object.freeze({
  haloEmailRules: true,
  emailRuleIgnoreTypes: Object.freeze([]) as readonly number[],
  emailRules: Object.freeze([]) as readonly EmailRule[],
});

/**
 * Reads the stored email rule settings tolerantly: a malformed value takes its default. Stored
 * rules are kept as they are (each an object): the matcher checks them where it applies them
 * (`checkEmailRules` in the pane runtime), so the first screen does not load the plugin.
 */
export function readEmailRuleSettings(
  stored: Readonly<Record<string, unknown>>,
): EmailRuleSettings {
  const d = DEFAULT_EMAIL_RULE_SETTINGS;
  const types = stored['emailRuleIgnoreTypes'];
  return {
    haloEmailRules:
      typeof stored['haloEmailRules'] === 'boolean' ? stored['haloEmailRules'] : d.haloEmailRules,
    emailRuleIgnoreTypes: Array.isArray(types)
      ? Object.freeze(types.filter(isTypeCode).slice(0, MAX_IGNORE_TYPES))
      : d.emailRuleIgnoreTypes,
    emailRules: Array.isArray(stored['emailRules'])
      ? Object.freeze(stored['emailRules'].filter(isRecord) as unknown as EmailRule[])
      : d.emailRules,
  };
}

/** The bytes the rules take once saved. */
export function emailRulesBytes(rules: readonly EmailRule[]): number {
  return new TextEncoder().encode(JSON.stringify(rules)).length;
}

/**
 * Checks email rule settings before they are saved; throws an `invalid-input` `AppError` saying
 * what is wrong and what to do.
 */
export function checkEmailRuleSettings(settings: EmailRuleSettings): void {
  const bytes = emailRulesBytes(settings.emailRules);
  if (bytes > MAX_EMAIL_RULES_BYTES) throw emailRulesTooLarge(bytes);
  if (
    settings.emailRuleIgnoreTypes.length > MAX_IGNORE_TYPES ||
    !settings.emailRuleIgnoreTypes.every(isTypeCode)
  ) {
    throw ignoreTypesInvalid();
  }
}

/** The failure of rules over {@link MAX_EMAIL_RULES_BYTES}: their size, the limit, what to do. */
export function emailRulesTooLarge(bytes: number): AppError {
  return new AppError({
    kind: 'invalid-input',
    message: $localize`:@@settings.emailRules.tooLarge:The email rules take ${Math.ceil(bytes / 1024)}:size: KB; up to ${MAX_EMAIL_RULES_BYTES / 1024}:max: KB can be kept in Settings.`,
    action: $localize`:@@settings.emailRules.tooLargeAction:Remove some rules or shorten them, then save again.`,
    retryable: false,
  });
}

/** The failure of too many (or malformed) ignore type codes. */
export function ignoreTypesInvalid(): AppError {
  return new AppError({
    kind: 'invalid-input',
    message: $localize`:@@settings.ignoreTypes.invalid:Up to ${MAX_IGNORE_TYPES}:max: rule types can be named, each a whole number from 0.`,
    action: $localize`:@@settings.ignoreTypes.action:Correct the rule types, then save again.`,
    retryable: false,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTypeCode(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
