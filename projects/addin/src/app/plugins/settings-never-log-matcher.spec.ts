import { aMailSnapshot, runMatcher } from '@halo-outlook/sdk/testing';
import { NEVER_LOG_TAG } from '@halo-outlook/sdk';
import { settingsNeverLogMatcher } from './settings-never-log-matcher';

describe('settingsNeverLogMatcher', () => {
  it('tags email from a never-log domain, reading the domains at each email', async () => {
    let domains: readonly string[] = [];
    const matcher = settingsNeverLogMatcher(() => domains);
    const email = aMailSnapshot({ from: { name: 'Ops', address: 'ops@uk.msp.example' } });

    expect(matcher.appliesTo?.(email)).toBeFalse();

    domains = ['msp.example'];
    expect(matcher.appliesTo?.(email)).toBeTrue();
    const candidates = await runMatcher(matcher, email);
    expect(candidates).toEqual([
      jasmine.objectContaining({
        kind: 'tag',
        id: NEVER_LOG_TAG,
        label: 'Never logged',
        reason: 'Email from uk.msp.example is never logged (Settings).',
      }),
    ]);
  });
});
