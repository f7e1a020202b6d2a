import { validateCandidate } from '@halo-outlook/sdk';
import {
  aMailContent,
  aMailSnapshot,
  describeMatcherContract,
  runMatcher,
} from '@halo-outlook/sdk/testing';
import { EmailRule } from '../rules/email-rule';
import { emailRulesMatcher, IGNORED_BY_HALO_TAG } from './email-rules-matcher';

describe('emailRulesMatcher', () => {
  const alerts: EmailRule = {
    id: 4,
    name: 'RMM alerts',
    type: 'ticket',
    enabled: true,
    sequence: 2,
    from: { value: '@rmm.msp.example', match: 'contains' },
    ticketTypeId: 12,
    fieldMappings: [{ field: 'CFDevice', startTag: 'Device:', endTag: '' }],
  };
  const newsletters: EmailRule = {
    id: 5,
    name: 'Drop newsletters',
    type: 'ignore',
    enabled: true,
    sequence: 1,
    subjectContains: 'newsletter',
    fieldMappings: [],
  };
  const alert = aMailSnapshot({ from: 'alerts@rmm.msp.example', subject: 'Disk low' });

  it('proposes what create should preselect when a ticket rule matches', async () => {
    const matcher = emailRulesMatcher({
      rules: [newsletters, alerts],
      readContent: async () => ({ text: 'Device: HARB-FS01\n', headers: {} }),
    });
    const [candidate] = await runMatcher(matcher, alert);
    expect(candidate).toEqual(
      jasmine.objectContaining({ kind: 'tag', id: 'email-rule:4', label: 'RMM alerts' }),
    );
    expect(candidate.data).toEqual({
      ruleId: 4,
      ticketTypeId: 12,
      fields: { CFDevice: 'HARB-FS01' },
      assetTag: null,
    });
    expect(candidate.reason).toContain('It reads CFDevice from the body.');
    expect(validateCandidate(candidate).ok).toBeTrue();
  });

  it('names the asset tag it read in its reason', async () => {
    const withAsset: EmailRule = { ...alerts, assetTag: { startTag: 'Asset:', endTag: '' } };
    const [candidate] = await runMatcher(
      emailRulesMatcher({
        rules: [withAsset],
        readContent: async () => ({ text: 'Asset: CD-0142\n', headers: {} }),
      }),
      alert,
    );
    expect(candidate.data?.['assetTag']).toBe('CD-0142');
    expect(candidate.reason).toContain('Asset tag: CD-0142.');
  });

  it('reads the body from the context when no reader is given', async () => {
    const mail = aMailContent({ text: 'Device: HARB-FS01\n' });
    const [candidate] = await runMatcher(emailRulesMatcher({ rules: [alerts] }), alert, { mail });
    expect(candidate.data?.['fields']).toEqual({ CFDevice: 'HARB-FS01' });
    expect(mail.reads.get('text')).toBe(1);
  });

  it('says which fields stay empty when the body cannot be read', async () => {
    const [candidate] = await runMatcher(emailRulesMatcher({ rules: [alerts] }), alert);
    expect(candidate.reason).toContain('The body could not be read, so CFDevice stay empty.');
  });

  it("warns, and says what to do, when Halo's rules would ignore the email", async () => {
    const [candidate] = await runMatcher(
      emailRulesMatcher({ rules: async () => [newsletters, alerts] }),
      aMailSnapshot({ from: 'alerts@rmm.msp.example', subject: 'November newsletter' }),
    );
    expect(candidate.id).toBe(IGNORED_BY_HALO_TAG);
    expect(candidate.reason).toContain('Halo\'s email rule "Drop newsletters" ignores this email');
    expect(candidate.reason).toContain('Log it from here');
    expect(candidate.data).toEqual(
      jasmine.objectContaining({ ruleId: 5, ruleName: 'Drop newsletters' }),
    );
    expect(validateCandidate(candidate).ok).toBeTrue();
  });

  it('proposes nothing when no rule matches or none is configured', async () => {
    expect(await runMatcher(emailRulesMatcher({ rules: [alerts] }), aMailSnapshot())).toEqual([]);
    expect(await runMatcher(emailRulesMatcher({ rules: [] }), alert)).toEqual([]);
  });
});

describeMatcherContract(
  'emailRulesMatcher',
  () =>
    emailRulesMatcher({
      rules: [
        {
          id: 4,
          name: 'RMM alerts',
          type: 'ticket',
          enabled: true,
          sequence: 2,
          from: { value: '@rmm.msp.example', match: 'contains' },
          ticketTypeId: 12,
          fieldMappings: [],
        },
        {
          id: 5,
          name: 'Drop newsletters',
          type: 'ignore',
          enabled: true,
          sequence: 1,
          subjectContains: 'newsletter',
          fieldMappings: [],
        },
      ],
    }),
  [
    {
      name: 'an RMM alert',
      snapshot: aMailSnapshot({ from: 'alerts@rmm.msp.example', subject: 'Disk low' }),
      proposes: ['tag'],
    },
    {
      name: 'a newsletter Halo ignores',
      snapshot: aMailSnapshot({ subject: 'The November newsletter' }),
      proposes: ['tag'],
    },
  ],
);
