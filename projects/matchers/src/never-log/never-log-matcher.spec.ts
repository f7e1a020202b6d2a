import { NEVER_LOG_TAG } from '@halo-outlook/sdk';
import { aMailSnapshot, describeMatcherContract, runMatcher } from '@halo-outlook/sdk/testing';
import { neverLogMatcher } from './never-log-matcher';

const matcher = () => neverLogMatcher({ domains: ['msp.example'] });

describeMatcherContract('neverLogMatcher', matcher, [
  {
    name: 'a colleague',
    snapshot: aMailSnapshot({ from: 'alex.morgan@msp.example' }),
    proposes: ['tag'],
  },
]);

describe('neverLogMatcher', () => {
  it('tags e-mail from an internal domain, and its subdomains, as never to be logged', async () => {
    for (const from of ['alex@MSP.example', 'noc@alerts.msp.example']) {
      const [tag] = await runMatcher(matcher(), aMailSnapshot({ from }));
      expect(tag).toEqual(jasmine.objectContaining({ kind: 'tag', id: NEVER_LOG_TAG }));
    }
  });

  it('leaves customers alone, including look-alike domains', async () => {
    expect(await runMatcher(matcher(), aMailSnapshot({ from: 'x@notmsp.example' }))).toEqual([]);
  });

  it('reads domains given as a function at each e-mail, with its own id, label and reason', async () => {
    let domains: readonly string[] = [];
    const settings = neverLogMatcher({
      id: 'pane.never-log-settings',
      domains: () => domains,
      label: 'Never logged',
      reason: (domain) => `Email from ${domain} is never logged (Settings).`,
    });
    const email = aMailSnapshot({ from: 'ops@uk.msp.example' });
    expect(settings.appliesTo?.(email)).toBeFalse();
    expect(await runMatcher(settings, email)).toEqual([]);

    domains = ['MSP.example'];
    expect(settings.id).toBe('pane.never-log-settings');
    expect(settings.appliesTo?.(email)).toBeTrue();
    expect(await runMatcher(settings, email)).toEqual([
      jasmine.objectContaining({
        kind: 'tag',
        id: NEVER_LOG_TAG,
        label: 'Never logged',
        reason: 'Email from uk.msp.example is never logged (Settings).',
      }),
    ]);
  });
});
