import { Matcher, NEVER_LOG_TAG } from '@halo-outlook/sdk';
import { isNeverLogAddress } from '../settings/never-log-domains';

/**
 * The matcher behind the agent's never-log domains (Settings): email from one of them (or a
 * subdomain) gets the `never-log` tag, so the pane offers no log action. It reads the domains each
 * time, so a change in Settings applies to the next email.
 *
 * @param domains the never-log domains now (`SettingsStore.neverLogDomains`).
 */
export function settingsNeverLogMatcher(domains: () => readonly string[]): Matcher {
  return {
    id: 'pane.never-log-settings',
    priority: 100,
    appliesTo: (snapshot) => isNeverLogAddress(snapshot.from.address, domains()),
    match: async ({ snapshot }) => {
      const domain = snapshot.from.address.split('@').pop()?.toLowerCase() ?? '';
      return [
        {
          kind: 'tag',
          id: NEVER_LOG_TAG,
          label: $localize`:@@neverLog.tag:Never logged`,
          confidence: 1,
          reason: $localize`:@@neverLog.reason:Email from ${domain}:domain: is never logged (Settings).`,
        },
      ];
    },
  };
}
