import { AppError } from '@halo-outlook/core';
import { checkEmailRuleSettings } from './email-rules/check-email-rule-settings';
import {
  MAX_DEFAULT_MINUTES,
  MAX_NEVER_LOG_DOMAINS,
  type PaneSettings,
  isMinutes,
} from './pane-settings';
import { MAX_TAG_MAPPINGS } from './tag-ticket-types/ticket-type-by-tag';

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
