/**
 * Where mail programs start the quoted history of a reply or forward, most specific first:
 * Outlook on the web and new Outlook (`#appendonsend`, `#divRplyFwdMsg`), Gmail, Yahoo, Apple Mail
 * and Thunderbird (`blockquote[type=cite]` with its attribution line).
 */
const MARKERS = [
  '#appendonsend',
  '#divRplyFwdMsg',
  'div.gmail_quote_container',
  'div.gmail_quote',
  'blockquote.gmail_quote',
  'div.yahoo_quoted',
  'div.moz-cite-prefix',
  'blockquote[type="cite"]',
];

/** Classic Outlook's reply header: a top border above "From:". */
const OUTLOOK_DESKTOP_RULE = /border-top\s*:\s*solid\s+#(?:E1E1E1|B5C4DF)/i;
/** The plain-text separator of older clients. */
const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(?:original message|message d'origine|ursprüngliche nachricht)\s*-{2,}\s*$/i;

/**
 * Removes the quoted history from an e-mail's body, in place: the first marker of a reply or
 * forward (see the list above), and everything after it. Returns true when something was removed.
 * Works on an inert document (`DOMParser`): nothing in it runs or loads.
 *
 * @usageNotes
 * ```ts
 * const doc = new DOMParser().parseFromString(html, 'text/html');
 * if (trimQuotedHistory(doc)) html = doc.body.innerHTML;
 * ```
 */
export function trimQuotedHistory(doc: Document): boolean {
  const marker = firstMarker(doc);
  if (!marker || marker === doc.body) return false;
  // Outlook puts a rule right before its reply header: take it too.
  let start: Element = marker;
  const previous = marker.previousElementSibling;
  if (previous?.tagName === 'HR') start = previous;
  removeFrom(start, doc.body);
  return true;
}

function firstMarker(doc: Document): Element | null {
  const candidates: Element[] = [];
  for (const selector of MARKERS) {
    const found = doc.body.querySelector(selector);
    if (found) candidates.push(found);
  }
  for (const div of Array.from(doc.body.querySelectorAll('div[style]'))) {
    if (
      OUTLOOK_DESKTOP_RULE.test(div.getAttribute('style') ?? '') &&
      /^\s*(From|De|Von)\s*:/i.test(div.textContent ?? '')
    ) {
      candidates.push(div);
      break;
    }
  }
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (ORIGINAL_MESSAGE.test(node.textContent ?? '') && node.parentElement) {
      candidates.push(node.parentElement);
      break;
    }
  }
  // The one that comes first in the document wins.
  candidates.sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  return candidates[0] ?? null;
}

/** Removes `start`, its following siblings, and the following siblings of each ancestor. */
function removeFrom(start: Element, root: HTMLElement): void {
  let node: Node | null = start;
  while (node && node !== root) {
    const parent: Node | null = node.parentNode;
    while (node.nextSibling) node.nextSibling.remove();
    if (node === start) node.parentNode?.removeChild(node);
    node = parent;
  }
}
