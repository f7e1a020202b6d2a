import { checkEmailRules } from './check-email-rules';

describe('checkEmailRules', () => {
  it('fills in the defaults of a rule that gives only a name and its conditions', () => {
    const { rules, problems } = checkEmailRules([
      { name: ' Printers ', subjectContains: 'printer', ticketTypeId: 1 },
      {
        id: 'alerts',
        name: 'Alert mailers',
        type: 'ignore',
        sequence: 0,
        from: 'alerts@',
        to: { value: 'Support@MSP.example', match: 'exact' },
        fieldMappings: [{ field: 'CFDevice', startTag: 'Device:' }],
        assetTag: { startTag: 'Asset: #', endTag: '#' },
        enabled: false,
      },
    ]);
    expect(problems).toEqual([]);
    expect(rules).toEqual([
      {
        id: 1,
        name: 'Printers',
        type: 'ticket',
        enabled: true,
        sequence: 1,
        subjectContains: 'printer',
        ticketTypeId: 1,
        fieldMappings: [],
      },
      {
        id: 'alerts',
        name: 'Alert mailers',
        type: 'ignore',
        enabled: false,
        sequence: 0,
        from: { value: 'alerts@', match: 'contains' },
        to: { value: 'Support@MSP.example', match: 'exact' },
        fieldMappings: [{ field: 'CFDevice', startTag: 'Device:', endTag: '' }],
        assetTag: { startTag: 'Asset: #', endTag: '#' },
      },
    ]);
  });

  it('says which rule and which property is wrong, and keeps the rules that are right', () => {
    const { rules, problems } = checkEmailRules([
      { name: 'Good', subjectContains: 'ok' },
      { name: 'Typo', subject: 'printer' },
      { subjectContains: 'no name' },
      {
        name: 'Bad values',
        type: 'drop',
        enabled: 'yes',
        sequence: '1',
        ticketTypeId: 1.5,
        from: { value: 'x', match: 'starts' },
        fieldMappings: [{ startTag: 'Device:' }, { field: 'A' }],
        assetTag: 'Asset:',
        mailbox: 42,
      },
      'not a rule',
      { id: 1, name: 'Same id as the first' },
    ]);
    expect(rules.map((r) => r.name)).toEqual(['Good']);
    expect(problems).toEqual([
      { rule: 2, property: 'subject', kind: 'unknown-property' },
      { rule: 3, property: 'name', kind: 'missing' },
      { rule: 4, property: 'type', kind: 'not-a-type' },
      { rule: 4, property: 'enabled', kind: 'not-true-false' },
      { rule: 4, property: 'sequence', kind: 'not-a-number' },
      { rule: 4, property: 'ticketTypeId', kind: 'not-an-id' },
      { rule: 4, property: 'mailbox', kind: 'not-text' },
      { rule: 4, property: 'from', kind: 'not-an-address' },
      { rule: 4, property: 'fieldMappings', kind: 'not-a-mapping' },
      { rule: 4, property: 'assetTag', kind: 'not-a-mapping' },
      { rule: 5, property: '', kind: 'not-a-rule' },
      { rule: 6, property: 'id', kind: 'duplicate-id' },
    ]);
  });

  it('wants a list of rules', () => {
    expect(checkEmailRules({ name: 'one rule' }).problems).toEqual([
      { rule: 0, property: '', kind: 'not-a-list' },
    ]);
    expect(checkEmailRules([])).toEqual({ rules: [], problems: [] });
  });
});
