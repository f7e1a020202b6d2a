import { readHaloEmailRules } from './read-halo-email-rules';

describe('readHaloEmailRules', () => {
  const halo = [
    {
      id: 4,
      name: 'RMM alerts',
      type: 1,
      enabled: true,
      seq: 2,
      fromaddr: '@rmm.msp.example',
      toaddr: 'support@msp.example',
      subject: 'Alert',
      requesttype: 12,
      fieldmappings: [
        { fieldname: 'CFDevice', starttag: 'Device:', endtag: '' },
        { fieldname: '', starttag: 'x' },
      ],
    },
    { id: 5, name: 'Drop newsletters', type: 3, enabled: false, seq: 1, fromaddr: 'news' },
    { name: 'no id' },
  ];

  it("reads Halo's fields into rules", () => {
    const [alerts] = readHaloEmailRules(halo);
    expect(alerts).toEqual({
      id: 4,
      name: 'RMM alerts',
      type: 'ticket',
      enabled: true,
      sequence: 2,
      from: { value: '@rmm.msp.example', match: 'contains' },
      to: { value: 'support@msp.example', match: 'exact' },
      subjectContains: 'Alert',
      ticketTypeId: 12,
      fieldMappings: [{ field: 'CFDevice', startTag: 'Device:', endTag: '' }],
    });
  });

  it('reads the type codes the administrator names as ignore, and skips entries without id', () => {
    const rules = readHaloEmailRules({ emailrules: halo }, { ignoreTypes: [3] });
    expect(rules.map((r) => [r.id, r.type, r.enabled])).toEqual([
      [4, 'ticket', true],
      [5, 'ignore', false],
    ]);
  });

  it('reads nothing from an unexpected shape', () => {
    expect(readHaloEmailRules('oops')).toEqual([]);
    expect(readHaloEmailRules({ emailrules: 'oops' })).toEqual([]);
  });
});
