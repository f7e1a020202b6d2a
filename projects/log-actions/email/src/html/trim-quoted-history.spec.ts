import { trimQuotedHistory } from './trim-quoted-history';

function trimmed(html: string): string | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return trimQuotedHistory(doc) ? doc.body.innerHTML : null;
}

describe('trimQuotedHistory', () => {
  it('cuts Outlook on the web at its reply header, with the rule before it', () => {
    expect(
      trimmed(
        '<div>New reply</div><div id="appendonsend"></div><hr style="display:inline-block"><div id="divRplyFwdMsg"><b>From:</b> A</div><div>old</div>',
      ),
    ).toBe('<div>New reply</div>');
  });

  it('cuts classic Outlook at the bordered From: block, inside its section', () => {
    expect(
      trimmed(
        '<div class="WordSection1"><p>Reply</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>From:</b> Bob</p></div><p>older</p></div><p>after</p>',
      ),
    ).toBe('<div class="WordSection1"><p>Reply</p></div>');
  });

  it('cuts Gmail, Apple Mail and Thunderbird quotes', () => {
    expect(
      trimmed('<div>Yes</div><div class="gmail_quote">On Mon <blockquote>x</blockquote></div>'),
    ).toBe('<div>Yes</div>');
    expect(trimmed('<p>Ok</p><blockquote type="cite">earlier</blockquote>')).toBe('<p>Ok</p>');
    expect(
      trimmed(
        '<p>Fine</p><div class="moz-cite-prefix">On 1/2 Bob wrote:</div><blockquote type="cite">x</blockquote>',
      ),
    ).toBe('<p>Fine</p>');
  });

  it('cuts at a plain "Original Message" separator', () => {
    expect(trimmed('<p>See below</p><p>-----Original Message-----</p><p>From: x</p>')).toBe(
      '<p>See below</p>',
    );
  });

  it('leaves an e-mail without quoted history alone', () => {
    expect(
      trimmed(
        '<p>New request: the printer is offline.</p><blockquote>a quote I wrote</blockquote>',
      ),
    ).toBeNull();
  });
});
