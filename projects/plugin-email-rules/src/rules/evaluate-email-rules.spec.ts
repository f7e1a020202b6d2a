import { EmailRule, RuleEmail } from './email-rule';
import { evaluateEmailRules } from './evaluate-email-rules';

function rule(overrides: Partial<EmailRule> & Pick<EmailRule, 'id'>): EmailRule {
  return {
    name: `Rule ${overrides.id}`,
    type: 'ticket',
    enabled: true,
    sequence: 10,
    fieldMappings: [],
    ...overrides,
  };
}

const email: RuleEmail = {
  from: 'Alerts@RMM.msp.example',
  to: ['support@msp.example'],
  cc: ['noc@msp.example'],
  subject: 'Alert: Disk space low on HARB-FS01',
  text: 'Device: HARB-FS01\nAsset: #A-0042#\nFree: 4%',
};

describe('evaluateEmailRules', () => {
  const cases: [string, EmailRule, boolean][] = [
    [
      'from, exact and case-insensitive',
      rule({ id: 1, from: { value: 'alerts@rmm.msp.example', match: 'exact' } }),
      true,
    ],
    [
      'from, exact, another address',
      rule({ id: 2, from: { value: 'rmm.msp.example', match: 'exact' } }),
      false,
    ],
    ['from, contains', rule({ id: 3, from: { value: '@rmm.', match: 'contains' } }), true],
    ['to, exact, in Cc', rule({ id: 4, to: { value: 'NOC@msp.example', match: 'exact' } }), true],
    ['to, contains, absent', rule({ id: 5, to: { value: 'billing@', match: 'contains' } }), false],
    ['subject contains, any case', rule({ id: 6, subjectContains: 'disk SPACE' }), true],
    ['subject contains, absent', rule({ id: 7, subjectContains: 'backup' }), false],
    ['mailbox, addressed to it', rule({ id: 8, mailbox: 'support@msp.example' }), true],
    ['mailbox, not addressed to it', rule({ id: 9, mailbox: 'sales@msp.example' }), false],
    [
      'every condition holding',
      rule({
        id: 10,
        mailbox: 'support@msp.example',
        from: { value: 'rmm', match: 'contains' },
        subjectContains: 'alert',
      }),
      true,
    ],
    [
      'one condition of several failing',
      rule({ id: 11, from: { value: 'rmm', match: 'contains' }, subjectContains: 'backup' }),
      false,
    ],
    ['body contains, any case', rule({ id: 15, bodyContains: 'FREE: 4%' }), true],
    ['body contains, absent', rule({ id: 16, bodyContains: 'backup failed' }), false],
    ['no conditions at all', rule({ id: 12 }), true],
    ['a disabled rule', rule({ id: 13, enabled: false }), false],
  ];
  for (const [name, r, matches] of cases) {
    it(`${matches ? 'matches' : 'does not match'} on ${name}`, () => {
      expect(evaluateEmailRules([r], email)?.rule.id ?? null).toBe(matches ? r.id : null);
    });
  }

  it('lets the lowest sequence decide, equal sequences in the order given', () => {
    const rules = [
      rule({ id: 'late', sequence: 20 }),
      rule({ id: 'first-of-two', sequence: 5 }),
      rule({ id: 'second-of-two', sequence: 5 }),
    ];
    expect(evaluateEmailRules(rules, email)?.rule.id).toBe('first-of-two');
  });

  it('skips a rule that does not match for the next one in sequence', () => {
    const rules = [
      rule({ id: 'a', sequence: 1, subjectContains: 'backup' }),
      rule({ id: 'b', sequence: 2 }),
    ];
    expect(evaluateEmailRules(rules, email)?.rule.id).toBe('b');
  });

  it('reads fields and the asset tag between their tags, and gives the ticket type', () => {
    const verdict = evaluateEmailRules(
      [
        rule({
          id: 1,
          ticketTypeId: 12,
          fieldMappings: [
            { field: 'CFDevice', startTag: 'Device:', endTag: '' },
            { field: 'CFModel', startTag: 'Model:', endTag: '' },
          ],
          assetTag: { startTag: 'Asset: #', endTag: '#' },
        }),
      ],
      email,
    );
    expect(verdict?.ticketTypeId).toBe(12);
    expect(verdict?.fields).toEqual({ CFDevice: 'HARB-FS01' });
    expect(verdict?.assetTag).toBe('A-0042');
    expect(verdict?.ignored).toBeFalse();
  });

  it('reports the fields it could not read when the body is unavailable', () => {
    const verdict = evaluateEmailRules(
      [rule({ id: 1, fieldMappings: [{ field: 'CFDevice', startTag: 'Device:', endTag: '' }] })],
      { ...email, text: null },
    );
    expect(verdict?.fields).toEqual({});
    expect(verdict?.unreadFields).toEqual(['CFDevice']);
  });

  it('never claims a body condition when the body could not be read', () => {
    const bodyRule = rule({ id: 1, bodyContains: 'HARB-FS01' });
    expect(evaluateEmailRules([bodyRule], email)?.reasons).toEqual(['body contains "HARB-FS01"']);
    expect(evaluateEmailRules([bodyRule], { ...email, text: null })).toBeNull();
  });

  it('says an ignore rule ignores the email, and why', () => {
    const verdict = evaluateEmailRules(
      [rule({ id: 9, type: 'ignore', from: { value: 'rmm.msp.example', match: 'contains' } })],
      email,
    );
    expect(verdict?.ignored).toBeTrue();
    expect(verdict?.reasons).toEqual(['from an address containing "rmm.msp.example"']);
  });

  it('returns null when no rule matches', () => {
    expect(evaluateEmailRules([], email)).toBeNull();
  });
});
