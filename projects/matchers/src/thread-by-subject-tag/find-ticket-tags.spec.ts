import { findTicketTags } from './find-ticket-tags';

describe('findTicketTags', () => {
  const cases: [string, number[]][] = [
    ['RE: [ID: 1042] Printer offline', [1042]],
    ['[id:7] lowercase, no space', [7]],
    ['FW: [ ID : 31 ] spaced out', [31]],
    ['[ID: #88] with a hash', [88]],
    ['Two: [ID: 5] and [ID: 6], again [ID: 5]', [5, 6]],
    ['No tag here (ID 1042)', []],
    ['[ID: 0] is not a ticket', []],
    ['[IDX: 12] is another word', []],
  ];
  for (const [subject, expected] of cases) {
    it(`finds ${JSON.stringify(expected)} in "${subject}"`, () => {
      expect(findTicketTags(subject)).toEqual(expected);
    });
  }

  it("uses the tenant's own tag prefixes when configured", () => {
    expect(findTicketTags('RE: [TKT 1042] VPN', ['TKT', 'Ref'])).toEqual([1042]);
    expect(findTicketTags('RE: [Ref: 9] VPN', ['TKT', 'Ref'])).toEqual([9]);
    expect(findTicketTags('RE: [ID: 1042] VPN', ['TKT'])).toEqual([]);
  });

  it('treats prefixes as text, not patterns', () => {
    expect(findTicketTags('[A.B 3]', ['A.B'])).toEqual([3]);
    expect(findTicketTags('[AxB 3]', ['A.B'])).toEqual([]);
  });
});
