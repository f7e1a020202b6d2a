/** Shows a message at the bottom of the page (parse failures, dropped files) until dismissed. */
export function showNotice(container: HTMLElement, text: string, kind: 'info' | 'error'): void {
  const notice = container.ownerDocument.createElement('p');
  notice.className = `notice notice-${kind}`;
  notice.textContent = text;
  const close = container.ownerDocument.createElement('button');
  close.type = 'button';
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => notice.remove());
  notice.append(close);
  container.append(notice);
}
