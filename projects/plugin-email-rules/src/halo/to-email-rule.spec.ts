import { aHaloEmailRule } from '@halo-outlook/sdk/testing';
import { toEmailRule } from './to-email-rule';

describe('toEmailRule', () => {
  it("turns Halo's rule into a rule the matcher applies, with the asset tag's mapping apart", () => {
    const rule = toEmailRule(
      aHaloEmailRule({
        id: 2,
        name: 'Reception PCs',
        type: 0,
        sequence: 10,
        toAddress: 'support@msp.example',
        fromAddress: '@contoso-dental.example',
        subjectContains: 'reception PC',
        bodyContains: 'card',
        ticketTypeId: 1,
        fieldMappings: [
          { fieldName: 'assettag', startTag: 'Asset:', endTag: '' },
          { fieldName: 'CFDevice', startTag: 'Device:', endTag: '' },
        ],
      }),
    );
    expect(rule).toEqual({
      id: 2,
      name: 'Reception PCs',
      type: 'ticket',
      enabled: true,
      sequence: 10,
      from: { value: '@contoso-dental.example', match: 'contains' },
      to: { value: 'support@msp.example', match: 'exact' },
      subjectContains: 'reception PC',
      bodyContains: 'card',
      ticketTypeId: 1,
      fieldMappings: [{ field: 'CFDevice', startTag: 'Device:', endTag: '' }],
      assetTag: { startTag: 'Asset:', endTag: '' },
    });
  });

  it('reads as ignore the type codes the administrator names, and a type named ignore', () => {
    const coded = aHaloEmailRule({ type: 3 });
    expect(toEmailRule(coded).type).toBe('ticket');
    expect(toEmailRule(coded, { ignoreTypes: [3] }).type).toBe('ignore');
    expect(toEmailRule(aHaloEmailRule({ type: 'Ignore Email' })).type).toBe('ignore');
    expect(toEmailRule(aHaloEmailRule({ type: null }), { ignoreTypes: [3] }).type).toBe('ticket');
  });
});
