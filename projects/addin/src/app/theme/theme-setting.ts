/** The agent's colour choice: follow the system (and so Outlook, where it follows it), or fix it. */
export type ThemeSetting = 'system' | 'light' | 'dark';

/** True when `value` is a theme setting. */
export function isThemeSetting(value: unknown): value is ThemeSetting {
  return value === 'system' || value === 'light' || value === 'dark';
}
