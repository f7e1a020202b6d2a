import DOMPurify from 'dompurify';
import type { WorkbenchAddress, WorkbenchMessage } from '../../host-contract/workbench-host';
import { bytesToBase64 } from '../../office-standin/base64';
import { fullDate } from './message-dates';

/** The reading pane's frame runs no script and loads nothing from the network. */
const BODY_POLICY =
  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:; style-src \'unsafe-inline\'; font-src data:">';

function people(list: readonly WorkbenchAddress[]): string {
  return list.map((a) => (a.name ? `${a.name} <${a.address}>` : a.address)).join('; ');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const REMOTE = /\b(?:https?:)?\/\/[^\s"')]+/gi;

/**
 * Like Outlook, the reading pane blocks external content: scripts and active elements go
 * (DOMPurify), and remote images, backgrounds and style URLs are removed before display.
 */
function withoutActiveOrRemoteContent(html: string): string {
  const purifier = DOMPurify();
  purifier.addHook('uponSanitizeElement', (node) => {
    if (node.nodeName === 'STYLE' && node.textContent) {
      node.textContent = node.textContent.replace(/url\([^)]*\)/gi, 'none');
    }
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    for (const name of ['src', 'srcset', 'background', 'poster']) {
      if (REMOTE.test(node.getAttribute(name) ?? '')) node.removeAttribute(name);
      REMOTE.lastIndex = 0;
    }
    const style = node.getAttribute('style');
    if (style?.includes('url('))
      node.setAttribute('style', style.replace(/url\([^)]*\)/gi, 'none'));
  });
  return purifier.sanitize(html, {
    FORBID_TAGS: ['form', 'meta', 'link', 'base'],
    WHOLE_DOCUMENT: false,
  });
}

/** The body as the reading pane shows it: inline images resolved, inside a locked-down frame. */
function bodyDocument(message: WorkbenchMessage): string {
  let html = message.html
    ? withoutActiveOrRemoteContent(message.html)
    : `<pre>${escapeHtml(message.text ?? '')}</pre>`;
  for (const a of message.attachments.filter((x) => x.contentId)) {
    html = html
      .split(`cid:${a.contentId}`)
      .join(`data:${a.contentType};base64,${bytesToBase64(a.content)}`);
  }
  return `<!doctype html><html><head>${BODY_POLICY}<style>body{font:14px/1.5 "Segoe UI",system-ui,sans-serif;margin:16px;color:#242424;background:#fff}pre{white-space:pre-wrap;font:inherit}img{max-width:100%}</style></head><body>${html}</body></html>`;
}

function size(bytes: number): string {
  return bytes < 1024
    ? `${bytes} B`
    : bytes < 1048576
      ? `${Math.round(bytes / 1024)} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;
}

/** Renders the selected message (or an empty state) into the reading pane. */
export function renderReadingPane(container: HTMLElement, message: WorkbenchMessage | null): void {
  const doc = container.ownerDocument;
  if (!message) {
    const empty = doc.createElement('p');
    empty.className = 'reading-empty';
    empty.textContent = 'Select an item to read';
    container.replaceChildren(empty);
    return;
  }
  const header = doc.createElement('header');
  header.className = 'reading-header';
  const subject = doc.createElement('h1');
  subject.textContent = message.subject || '(no subject)';
  const from = doc.createElement('p');
  from.className = 'reading-from';
  from.textContent = message.from ? people([message.from]) : '(no sender)';
  if (message.sender && message.sender.address !== message.from?.address) {
    from.textContent = `${people([message.sender])} on behalf of ${from.textContent}`;
  }
  const meta = doc.createElement('p');
  meta.className = 'reading-meta';
  meta.textContent = [
    `To: ${people(message.to)}`,
    message.cc.length ? `Cc: ${people(message.cc)}` : '',
    fullDate(message.date),
  ]
    .filter(Boolean)
    .join('  ·  ');
  header.append(subject, from, meta);
  const files = message.attachments.filter((a) => !a.isInline);
  if (files.length) {
    const list = doc.createElement('ul');
    list.className = 'reading-attachments';
    list.setAttribute('aria-label', 'Attachments');
    for (const a of files) {
      const item = doc.createElement('li');
      item.textContent = `${a.name}${a.attachmentType === 'item' ? ' (message)' : ''} · ${size(a.size)}`;
      list.append(item);
    }
    header.append(list);
  }
  const body = doc.createElement('iframe');
  body.className = 'reading-body';
  body.title = 'Message body';
  body.setAttribute('sandbox', '');
  body.srcdoc = bodyDocument(message);
  container.replaceChildren(header, body);
}
