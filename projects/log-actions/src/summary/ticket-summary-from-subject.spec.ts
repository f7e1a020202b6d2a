import { ticketSummaryFromSubject } from './ticket-summary-from-subject';

describe('ticketSummaryFromSubject', () => {
  const cases: [string, string][] = [
    ['RE: VPN down', 'VPN down'],
    ['RE: FW: Fwd: VPN down', 'VPN down'],
    ['RE: [ID: 1042] Printer offline', 'Printer offline'],
    ['RE: [ID: 5] FW: mixed order', 'mixed order'],
    ['TR : Imprimante en panne', 'Imprimante en panne'],
    ['AW: Drucker', 'Drucker'],
    ['Re[2]: counted reply', 'counted reply'],
    ['   lots   of    space  ', 'lots of space'],
    ['Regarding the invoice', 'Regarding the invoice'],
    ['RE:', '(no subject)'],
    ['', '(no subject)'],
  ];
  for (const [subject, expected] of cases) {
    it(`turns "${subject}" into "${expected}"`, () => {
      expect(ticketSummaryFromSubject(subject)).toBe(expected);
    });
  }

  it('caps the length and marks the cut', () => {
    const summary = ticketSummaryFromSubject('x'.repeat(400), 250);
    expect(summary.length).toBe(250);
    expect(summary.endsWith('…')).toBeTrue();
  });
});
