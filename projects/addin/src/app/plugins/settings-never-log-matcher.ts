import { neverLogMatcher } from '@halo-outlook/matchers';
import type { Matcher } from '@halo-outlook/sdk';

/**
 * The matchers' never-log matcher over the agent's never-log domains (Settings): email from one of
 * them (or a subdomain) gets the `never-log` tag, so the pane offers no log action. It reads the
 * domains at each email, so a change in Settings applies to the next one.
 *
 * @param domains the never-log domains now (`SettingsStore.neverLogDomains`).
 */
export function settingsNeverLogMatcher(domains: () => readonly string[]): Matcher {
  return neverLogMatcher({
    id: 'pane.never-log-settings',
    domains,
    label: $localize`:@@neverLog.tag:Never logged`,
    reason: (domain) =>
      $localize`:@@neverLog.reason:Email from ${domain}:domain: is never logged (Settings).`,
  });
}
