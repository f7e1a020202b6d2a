import type { WorkbenchCategory, WorkbenchMessage } from '../../host-contract/workbench-host';
import { listDate } from './message-dates';

/** What one render of the list needs. */
export interface MailboxListView {
  readonly messages: readonly WorkbenchMessage[];
  readonly selectedKey: string | null;
  readonly categories: (key: string) => readonly WorkbenchCategory[];
}

/** A paperclip (Fluent style), drawn in the text colour. */
const PAPERCLIP =
  '<svg viewBox="0 0 20 20" width="14" height="14" aria-hidden="true"><path fill="currentColor" d="M13.2 3.6a2.6 2.6 0 0 0-3.7 0L4.3 8.8a4 4 0 0 0 5.7 5.7l4.6-4.6.7.7-4.6 4.6a5 5 0 0 1-7.1-7.1l5.2-5.2a3.6 3.6 0 0 1 5.1 5.1L8.7 13.2a2.2 2.2 0 0 1-3.1-3.1l4.6-4.6.7.7-4.6 4.6a1.2 1.2 0 0 0 1.7 1.7l5.2-5.2a2.6 2.6 0 0 0 0-3.7Z"/></svg>';

function initials(name: string): string {
  const parts = name
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim()
    .split(/\s+/);
  return (
    (parts[0]?.[0] ?? '?') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')
  ).toUpperCase();
}

function preview(message: WorkbenchMessage): string {
  const text =
    message.text ??
    new DOMParser().parseFromString(message.html ?? '', 'text/html').body.textContent ??
    '';
  return text.replace(/\s+/g, ' ').trim().slice(0, 110);
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Renders the inbox as a listbox: sender, subject, date, a paperclip when the message has
 * attachments other than inline images, its categories, and a preview line.
 */
export function renderMailboxList(list: HTMLElement, view: MailboxListView): void {
  const doc = list.ownerDocument;
  const rows = view.messages.map((message) => {
    const sender = message.from?.name || message.from?.address || '(no sender)';
    const row = element(doc, 'li', 'message');
    row.setAttribute('role', 'option');
    row.dataset['key'] = message.key;
    row.setAttribute('aria-selected', String(message.key === view.selectedKey));
    const avatar = element(doc, 'span', 'avatar', initials(sender));
    avatar.setAttribute('aria-hidden', 'true');
    const top = element(doc, 'div', 'message-top');
    top.append(
      element(doc, 'span', 'sender', sender),
      element(doc, 'time', 'date', listDate(message.date)),
    );
    const middle = element(doc, 'div', 'message-middle');
    middle.append(element(doc, 'span', 'subject', message.subject || '(no subject)'));
    if (message.attachments.some((a) => !a.isInline)) {
      const clip = element(doc, 'span', 'attachment-mark');
      clip.setAttribute('role', 'img');
      clip.setAttribute('aria-label', 'Has attachments');
      clip.innerHTML = PAPERCLIP;
      middle.append(clip);
    }
    const categories = element(doc, 'div', 'categories');
    for (const category of view.categories(message.key)) {
      const chip = element(
        doc,
        'span',
        `category ${category.color.toLowerCase()}`,
        category.displayName,
      );
      categories.append(chip);
    }
    const body = element(doc, 'div', 'message-text');
    body.append(top, middle, element(doc, 'div', 'preview', preview(message)), categories);
    row.append(avatar, body);
    return row;
  });
  list.replaceChildren(...rows);
}
