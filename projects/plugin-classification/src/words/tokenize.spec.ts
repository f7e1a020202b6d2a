import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('lower-cases words and drops stop words and single letters', () => {
    expect(tokenize('Please send THE Invoice to a colleague')).toEqual([
      'send',
      'invoice',
      'colleague',
    ]);
  });

  it('turns money, numbers, links and addresses into placeholders', () => {
    expect(
      tokenize('Paid £2,340.00 for INV-20912, see https://x.example/a or ap@y.example'),
    ).toEqual(['paid', '_money_', 'inv', '_number_', 'see', '_link_', '_address_']);
  });

  it('treats amounts written with a currency word as money', () => {
    expect(tokenize('Total 412.37 GBP')).toEqual(['total', '_money_']);
  });

  it("keeps accented words and strips possessive 's", () => {
    expect(tokenize("Café's résumé")).toEqual(['cafe', 'resume']);
  });
});
