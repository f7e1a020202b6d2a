/** Escapes text for HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A text body as Outlook gives it when HTML is asked for: escaped, line breaks kept. */
export function textToHtml(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => `<div>${escapeHtml(line) || '<br>'}</div>`);
  return `<html><head><meta charset="utf-8"></head><body>${lines.join('\n')}</body></html>`;
}

/** An HTML body's text, as Outlook gives it when text is asked for (scripts and styles dropped). */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style, head').forEach((node) => node.remove());
  doc.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  doc.querySelectorAll('p, div, tr, li, h1, h2, h3, h4').forEach((block) => block.append('\n'));
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}
