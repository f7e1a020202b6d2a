import { AppError } from '@halo-outlook/core';
import { ignoreTypesInvalid, MAX_IGNORE_TYPES } from './email-rule-settings';

/**
 * Reads the rule type codes that mean "ignore", as typed in Settings: whole numbers separated by
 * commas or spaces (`3, 7`), each once. Throws an `invalid-input` `AppError` naming what is not a
 * code.
 *
 * @usageNotes
 * `parseIgnoreTypesText('3, 7')` → `[3, 7]`
 */
export function parseIgnoreTypesText(text: string): readonly number[] {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const wrong = parts.filter((part) => !/^\d{1,9}$/.test(part));
  if (wrong.length) {
    const list = wrong.map((w) => `“${w}”`).join(', ');
    throw new AppError({
      kind: 'invalid-input',
      message: $localize`:@@settings.ignoreTypes.notNumbers:${list}:entries: is not a rule type number.`,
      action: $localize`:@@settings.ignoreTypes.notNumbersAction:Enter whole numbers separated by commas, such as 3, then save again.`,
      retryable: false,
    });
  }
  const codes = [...new Set(parts.map(Number))];
  if (codes.length > MAX_IGNORE_TYPES) throw ignoreTypesInvalid();
  return codes;
}
