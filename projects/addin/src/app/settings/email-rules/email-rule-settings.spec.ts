import { isAppError } from '@halo-outlook/core';
import {
  DEFAULT_EMAIL_RULE_SETTINGS,
  checkEmailRuleSettings,
  readEmailRuleSettings,
} from './email-rule-settings';

describe('email rule settings', () => {
  it('read Halo’s rules by default, with no ignore types and no rules of their own', () => {
    expect(readEmailRuleSettings({})).toEqual(DEFAULT_EMAIL_RULE_SETTINGS);
  });

  it('keep what still reads from stored values, and drop the rest (rules are checked where applied)', () => {
    const read = readEmailRuleSettings({
      haloEmailRules: false,
      emailRuleIgnoreTypes: [3, -1, 'x', 2.5, 0],
      emailRules: [{ name: 'Kept', subjectContains: 'x' }, 'not a rule', null],
    });
    expect(read.haloEmailRules).toBeFalse();
    expect(read.emailRuleIgnoreTypes).toEqual([3, 0]);
    expect(read.emailRules.map((r) => r.name)).toEqual(['Kept']);
    expect(readEmailRuleSettings({ emailRules: 'junk', haloEmailRules: 'yes' })).toEqual(
      DEFAULT_EMAIL_RULE_SETTINGS,
    );
  });

  it('refuse rules over 8 KB before they are saved', () => {
    const big = Array.from({ length: 200 }, (_, i) => ({
      id: i + 1,
      name: `Rule ${i} with a name long enough`,
      type: 'ticket' as const,
      enabled: true,
      sequence: i,
      fieldMappings: [],
    }));
    expect(() =>
      checkEmailRuleSettings({ ...DEFAULT_EMAIL_RULE_SETTINGS, emailRules: big }),
    ).toThrowMatching((e: unknown) => isAppError(e) && /up to 8 KB/.test(e.message));
  });
});
