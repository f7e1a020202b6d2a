import { sanitizeEmailHtml } from './sanitize-email-html';
import { XSS_CORPUS } from './xss-corpus.spec';

type XssWindow = Window & { __xss?: (id: string) => void };

/**
 * Renders `html` in a real, script-enabled, same-origin frame, lets it load, then clicks every
 * link that is not a web, mail or phone link, every button, and clicks and hovers every other
 * element. Resolves to the payload ids that ran.
 */
async function run(html: string): Promise<string[]> {
  const ran: string[] = [];
  // Payloads call top.__xss; in Karma the spec window is itself a frame.
  const windows = [window, window.top].filter((w): w is Window => w !== null) as XssWindow[];
  for (const w of windows) w.__xss = (id: string) => ran.push(id);
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html><body>${html}</body></html>`;
  document.body.append(frame);
  try {
    await loaded;
    const doc = frame.contentDocument;
    if (doc) {
      for (const element of Array.from(doc.querySelectorAll('body *'))) {
        if (element instanceof HTMLAnchorElement) {
          if (!/^(https?|mailto|tel):$/.test(element.protocol)) element.click();
        } else if (element instanceof HTMLButtonElement) {
          element.click();
        } else {
          element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        }
      }
    }
    // Let nested frames load, and queued events (toggle, javascript: navigations) run.
    const nested = Array.from(doc?.querySelectorAll('iframe') ?? []);
    await Promise.all(
      nested.map((f) =>
        f.contentDocument?.readyState === 'complete'
          ? null
          : new Promise((resolve) => f.addEventListener('load', resolve, { once: true })),
      ),
    );
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve));
  } finally {
    frame.remove();
    for (const w of windows) delete w.__xss;
  }
  return ran;
}

/** What must never be in sanitised output, found by parsing it. */
function dangers(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const found: string[] = [];
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (
      [
        'script',
        'iframe',
        'object',
        'embed',
        'form',
        'style',
        'meta',
        'base',
        'link',
        'svg',
        'math',
        'input',
        'button',
        'template',
        'noscript',
        'audio',
        'video',
      ].includes(tag)
    ) {
      found.push(`<${tag}>`);
    }
    for (const attribute of Array.from(element.attributes)) {
      const value = attribute.value.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
      if (attribute.name.startsWith('on')) found.push(`${tag}[${attribute.name}]`);
      if (/^(javascript|vbscript|data:text)/.test(value) && attribute.name !== 'alt') {
        found.push(`${tag}[${attribute.name}=${value.slice(0, 12)}]`);
      }
      if (attribute.name === 'style' && /url\(|expression\(/.test(value))
        found.push(`${tag}[style]`);
    }
  }
  return found;
}

describe('sanitizeEmailHtml', () => {
  describe('against the XSS corpus, in real Chromium', () => {
    // The harness can fail: unsanitised, these payloads do run in it.
    for (const c of XSS_CORPUS.filter((x) => x.runsUnsanitised)) {
      it(`sees ${c.id} run when it is not sanitised`, async () => {
        expect(await run(c.html)).toContain(c.id);
      });
    }

    for (const c of XSS_CORPUS) {
      it(`runs nothing and keeps nothing dangerous: ${c.id}`, async () => {
        for (const options of [{}, { remoteImages: true }, { trimQuotedHistory: true }]) {
          const { html } = sanitizeEmailHtml(c.html, options);
          expect(dangers(html)).withContext(html).toEqual([]);
          expect(await run(html))
            .withContext(html)
            .toEqual([]);
        }
      });
    }
  });

  describe('formatting', () => {
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

    it('keeps text, emphasis, lists, headings, tables and inline colours', () => {
      const source =
        '<h2>Status</h2><p>The <b>printer</b> is <i>offline</i>, <u>again</u> <span style="color:#c50f1f;font-weight:bold">since 9:00</span>.</p>' +
        '<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>' +
        '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th colspan="2">Jobs</th></tr><tr><td>DC-FS01</td><td style="color:red">Failed</td></tr></table>' +
        '<blockquote>quoted</blockquote><pre>code  block</pre><p dir="rtl" lang="ar">مرحبا</p><hr><p>a<br>b</p><font color="blue" face="Arial">old</font>';
      const body = parse(sanitizeEmailHtml(source).html);
      expect(body.querySelector('h2')?.textContent).toBe('Status');
      expect(body.querySelector('b')?.textContent).toBe('printer');
      expect(body.querySelector('span')?.getAttribute('style')).toBe(
        'color:#c50f1f;font-weight:bold',
      );
      expect(body.querySelectorAll('li').length).toBe(3);
      expect(body.querySelector('th')?.getAttribute('colspan')).toBe('2');
      expect(body.querySelector('table')?.getAttribute('style')).toBe('border-collapse:collapse');
      expect(body.querySelector('td:last-child')?.getAttribute('style')).toBe('color:red');
      expect(body.querySelector('blockquote')?.textContent).toBe('quoted');
      expect(body.querySelector('pre')?.textContent).toBe('code  block');
      expect(body.querySelector('p[dir=rtl]')?.getAttribute('lang')).toBe('ar');
      expect(body.querySelector('font')?.getAttribute('color')).toBe('blue');
      expect(body.querySelectorAll('br, hr').length).toBe(2);
    });

    it('keeps web and mail links, opening in a new tab without an opener', () => {
      const body = parse(
        sanitizeEmailHtml(
          '<a href="https://status.example/incident">status</a> <a href="mailto:alice@contoso-dental.example">mail</a>',
        ).html,
      );
      const [web, mail] = Array.from(body.querySelectorAll('a'));
      expect(web.getAttribute('href')).toBe('https://status.example/incident');
      expect(web.getAttribute('target')).toBe('_blank');
      expect(web.getAttribute('rel')).toBe('noopener noreferrer');
      expect(mail.getAttribute('href')).toBe('mailto:alice@contoso-dental.example');
    });

    it('drops CSS that loads or overlays, and keeps the rest of the declaration list', () => {
      const { html } = sanitizeEmailHtml(
        '<div style="color:green; background-image:url(https://t.example/p.gif); position:fixed; top:0">x</div>',
      );
      expect(parse(html).querySelector('div')?.getAttribute('style')).toBe('color:green; top:0');
    });

    it('prefixes ids and names so they cannot clobber Halo’s page', () => {
      const { html } = sanitizeEmailHtml('<p id="login">x</p><a name="cookie">y</a>');
      expect(parse(html).querySelector('p')?.id).toBe('user-content-login');
    });
  });

  describe('images', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';

    it('embeds inline images by Content-ID or file name, so Halo shows them', () => {
      const inline = new Map([
        ['image001.png@01da1c2b.3e4f5a60', png],
        ['logo.png', 'data:image/jpeg;base64,/9j/4AAQ'],
      ]);
      const result = sanitizeEmailHtml(
        '<img src="cid:image001.png@01DA1C2B.3E4F5A60" alt="error"><img src="cid:logo.png@x"><img src="cid:gone@x" alt="chart">',
        { inlineImages: inline },
      );
      const images = Array.from(new DOMParser().parseFromString(result.html, 'text/html').images);
      expect(images.map((i) => i.getAttribute('src'))).toEqual([
        png,
        'data:image/jpeg;base64,/9j/4AAQ',
      ]);
      expect(result.html).toContain('[chart]');
      expect(result).toEqual(jasmine.objectContaining({ embeddedImages: 2, missingImages: 1 }));
    });

    it('replaces remote images by their alt text unless asked to keep them, and never keeps pixels', () => {
      const source =
        '<img src="https://cdn.example/banner.png" alt="Banner"><img src="https://t.example/o.gif" width="1" height="1">';
      const blocked = sanitizeEmailHtml(source);
      expect(blocked.html).toBe('[Banner]');
      expect(blocked.blockedImages).toBe(2);
      const kept = sanitizeEmailHtml(source, { remoteImages: true });
      expect(kept.html).toBe('<img src="https://cdn.example/banner.png" alt="Banner">');
    });

    it('keeps embedded raster images and drops other data URIs', () => {
      const { html } = sanitizeEmailHtml(
        `<img src="${png}"><img src="data:image/svg+xml;base64,PHN2Zz4=" alt="svg">`,
      );
      expect(html).toBe(`<img src="${png}">[svg]`);
    });
  });

  it('trims the quoted history only when asked, and never to nothing', () => {
    const reply =
      '<p>Thanks, it works now.</p><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Support</div><p>Old text</p>';
    expect(sanitizeEmailHtml(reply, { trimQuotedHistory: true })).toEqual(
      jasmine.objectContaining({ html: '<p>Thanks, it works now.</p>', trimmed: true }),
    );
    expect(sanitizeEmailHtml(reply).html).toContain('Old text');
    const onlyQuote = '<div class="gmail_quote">On Mon, Bob wrote:<blockquote>x</blockquote></div>';
    expect(sanitizeEmailHtml(onlyQuote, { trimQuotedHistory: true }).trimmed).toBeFalse();
  });
});
