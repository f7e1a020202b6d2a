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
});
