import DOMPurify from 'dompurify';
import { trimQuotedHistory } from './trim-quoted-history';

/** How {@link sanitizeEmailHtml} treats an e-mail's body. */
export interface SanitizeEmailOptions {
  /** Keep images loaded from the internet (default false: they are replaced by their alt text). */
  readonly remoteImages?: boolean;
  /** Remove the quoted history of a reply or forward (default false). */
  readonly trimQuotedHistory?: boolean;
  /**
   * The e-mail's inline images by Content-ID or file name (lower case, no angle brackets) →
   * `data:image/…;base64,…`: `cid:` references are replaced by them, so Halo shows them.
   */
  readonly inlineImages?: ReadonlyMap<string, string>;
}

/** What {@link sanitizeEmailHtml} produced, and what it changed. */
export interface SanitizedEmail {
  /** Safe HTML: no scripts, event handlers, `javascript:` URLs, forms, frames or styles sheets. */
  readonly html: string;
  /** Remote images removed (their alt text kept). */
  readonly blockedImages: number;
  /** `cid:` images embedded from the inline attachments. */
  readonly embeddedImages: number;
  /** `cid:` images with no matching inline attachment (removed). */
  readonly missingImages: number;
  /** True when quoted history was removed. */
  readonly trimmed: boolean;
}

/** Elements an e-mail never needs in a ticket note, beyond what DOMPurify's HTML profile drops. */
const FORBID_TAGS = [
  'style',
  'link',
  'meta',
  'base',
  'title',
  'head',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'audio',
  'video',
  'source',
  'track',
  'template',
  'noscript',
  'dialog',
  'details',
  'marquee',
];
const FORBID_ATTR = [
  'srcset',
  'action',
  'formaction',
  'ping',
  'background',
  'poster',
  'dynsrc',
  'lowsrc',
];
const SAFE_IMAGE_DATA = /^data:image\/(?:png|gif|jpe?g|webp|bmp);base64,[a-z0-9+/=\s]+$/i;
/**
 * URLs kept: web, mail, phone and `cid:` (inline images), and anything without a scheme (DOMPurify
 * also checks every non-URL attribute value against it, so values without a scheme must pass).
 */
const ALLOWED_URI = /^(?:(?:https?|mailto|tel|cid):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
/** CSS that could load, run or overlay something in Halo's page. */
const UNSAFE_CSS =
  /url\s*\(|expression\s*\(|javascript:|behaviou?r\s*:|-moz-binding|@import|position\s*:\s*(?:fixed|absolute|sticky)/i;

/**
 * Makes an e-mail's HTML body safe to store as a Halo note, with DOMPurify (HTML profile, no SVG
 * or MathML): scripts, event handlers, `javascript:`/`vbscript:` URLs, forms, frames, style sheets
 * and CSS that loads or positions anything are removed; `id`/`name` are prefixed against DOM
 * clobbering; links open in a new tab without an opener. Inline images (`cid:`) are embedded from
 * `inlineImages`; remote images are kept only with `remoteImages` (tracking pixels never).
 * Formatting — text, tables, lists, inline colours and fonts — is kept.
 *
 * @usageNotes
 * ```ts
 * const { html } = sanitizeEmailHtml(await mail.html(), { trimQuotedHistory: true, inlineImages });
 * ```
 */
export function sanitizeEmailHtml(
  html: string,
  options: SanitizeEmailOptions = {},
): SanitizedEmail {
  let source = html;
  let trimmed = false;
  if (options.trimQuotedHistory) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    if (trimQuotedHistory(doc) && (doc.body.textContent ?? '').trim() !== '') {
      source = doc.body.innerHTML;
      trimmed = true;
    }
  }
  const counts = { blockedImages: 0, embeddedImages: 0, missingImages: 0 };
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    const style = node.getAttribute('style');
    if (style !== null) {
      const kept = style.split(';').filter((d) => d.trim() !== '' && !UNSAFE_CSS.test(d));
      if (kept.length > 0) node.setAttribute('style', kept.join(';'));
      else node.removeAttribute('style');
    }
    if (node instanceof HTMLImageElement) treatImage(node, options, counts);
  });
  const clean = purify.sanitize(source, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    SANITIZE_NAMED_PROPS: true,
  });
  return { html: clean.trim(), trimmed, ...counts };
}

function treatImage(
  img: HTMLImageElement,
  options: SanitizeEmailOptions,
  counts: { blockedImages: number; embeddedImages: number; missingImages: number },
): void {
  const src = (img.getAttribute('src') ?? '').trim();
  if (/^cid:/i.test(src)) {
    const found = findInline(src.slice(4), options.inlineImages);
    if (found && SAFE_IMAGE_DATA.test(found)) {
      img.setAttribute('src', found);
      counts.embeddedImages += 1;
    } else {
      counts.missingImages += 1;
      replaceByAlt(img);
    }
    return;
  }
  if (/^data:/i.test(src)) {
    if (!SAFE_IMAGE_DATA.test(src)) replaceByAlt(img);
    return;
  }
  const pixel = Number(img.getAttribute('width')) <= 1 && Number(img.getAttribute('height')) <= 1;
  if (/^https?:/i.test(src) && options.remoteImages && !(pixel && img.hasAttribute('width')))
    return;
  if (src !== '') counts.blockedImages += 1;
  replaceByAlt(img);
}

function findInline(cid: string, images: ReadonlyMap<string, string> | undefined): string | null {
  if (!images) return null;
  let key: string;
  try {
    key = decodeURIComponent(cid).trim().replace(/^<|>$/g, '').toLowerCase();
  } catch {
    key = cid.trim().toLowerCase();
  }
  return images.get(key) ?? images.get(key.split('@')[0]) ?? null;
}

function replaceByAlt(img: HTMLImageElement): void {
  const alt = (img.getAttribute('alt') ?? '').trim();
  if (alt) img.replaceWith(img.ownerDocument.createTextNode(`[${alt}]`));
  else img.remove();
}
