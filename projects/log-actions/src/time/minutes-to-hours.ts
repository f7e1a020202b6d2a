/** The most minutes one logged e-mail may record: a day. */
export const MAX_LOGGED_MINUTES = 1440;

/**
 * Halo's `timetaken` (decimal hours) for a number of minutes, rounded to 4 decimals (about a third
 * of a second): 15 → 0.25, 20 → 0.3333, 90 → 1.5.
 *
 * @usageNotes
 * `{ timeTakenHours: minutesToHours(input.minutes) }`
 */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 10_000) / 10_000;
}

/**
 * True when `value` is a time an agent may log: a whole number of minutes from 0 to
 * {@link MAX_LOGGED_MINUTES}.
 *
 * @usageNotes
 * `if (!isLoggableMinutes(input.minutes)) return failed(...)`
 */
export function isLoggableMinutes(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= MAX_LOGGED_MINUTES
  );
}
