/** office.js on Microsoft's CDN (and its debug and beta variants), as a pane's page loads it. */
const OFFICE_SCRIPT =
  /<script\b[^>]*\bsrc=["']https:\/\/appsforoffice\.microsoft\.com\/lib\/[^"']*\/office(?:\.debug)?\.js["'][^>]*>\s*<\/script>/i;

/**
 * Points a page at the Office stand-in instead of office.js: the CDN `<script>` is replaced; a page
 * without one gets the stand-in at the end of `<head>`, before the app's own scripts (as office.js
 * must be). Nothing else in the page changes.
 */
export function useOfficeStandIn(html: string, standInUrl: string): string {
  const tag = `<script src="${standInUrl}"></script>`;
  if (OFFICE_SCRIPT.test(html)) return html.replace(OFFICE_SCRIPT, tag);
  const head = html.search(/<\/head>/i);
  return head >= 0 ? `${html.slice(0, head)}  ${tag}\n  ${html.slice(head)}` : `${tag}\n${html}`;
}
