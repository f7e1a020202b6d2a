import { AppError } from '@halo-outlook/core';
import type { EmailRule } from '@halo-outlook/plugin-email-rules';
import {
  type EmailRuleSettings,
  MAX_EMAIL_RULES_BYTES,
  MAX_IGNORE_TYPES,
  isRuleTypeCode,
} from './email-rule-settings';

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
    !settings.emailRuleIgnoreTypes.every(isRuleTypeCode)
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
