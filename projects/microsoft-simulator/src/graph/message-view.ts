import { keywordsOf, type WorkbenchAddress } from '../boundary/workbench-mailbox.js';
import type { MailboxMessage } from '../mailbox/graph-mailbox.js';

/** The `microsoft.graph.message` properties the simulator serves (`$select` accepts these). */
export const MESSAGE_PROPERTIES: readonly string[] = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'categories',
  'receivedDateTime',
  'sentDateTime',
  'hasAttachments',
  'internetMessageId',
  'subject',
  'bodyPreview',
  'importance',
  'parentFolderId',
  'conversationId',
  'isRead',
  'isDraft',
  'inferenceClassification',
  'body',
  'sender',
  'from',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'flag',
  'internetMessageHeaders',
];

/** Properties Graph returns only when `$select`ed. */
const SELECT_ONLY = new Set(['internetMessageHeaders']);

/** Properties `Mail.ReadBasic` does not give (Graph leaves them out). */
const BODY_PROPERTIES = new Set(['body', 'bodyPreview']);

/** Graph's date-time format: UTC, whole seconds, `Z`. */
export function graphDate(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function recipient(address: WorkbenchAddress | null): unknown {
  return address
    ? { emailAddress: { name: address.name || address.address, address: address.address } }
    : null;
}

function preview(message: MailboxMessage['message']): string {
  const text =
    message.text ?? (message.html ?? '').replace(/<style[\s\S]*?<\/style>|<[^>]+>/gi, ' ');
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 255);
}

function headers(block: string): { name: string; value: string }[] {
  return block
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n/)
    .filter((line) => line.includes(':'))
    .map((line) => ({
      name: line.slice(0, line.indexOf(':')),
      value: line.slice(line.indexOf(':') + 1).trim(),
    }));
}

function folderId(folder: MailboxMessage['folder']): string {
  return `AAMkAD${Buffer.from(`halo-workbench-folder:${folder}`).toString('base64url')}AAA=`;
}

/** Every property of a message, as Graph names and shapes them. */
function allProperties(entry: MailboxMessage): Record<string, unknown> {
  const m = entry.message;
  const date = graphDate(m.date);
  return {
    id: entry.id,
    createdDateTime: date,
    lastModifiedDateTime: date,
    categories: keywordsOf(m.headerBlock),
    receivedDateTime: date,
    sentDateTime: date,
    hasAttachments: m.attachments.some((a) => !a.isInline),
    internetMessageId: m.internetMessageId,
    subject: m.subject,
    bodyPreview: preview(m),
    importance: 'normal',
    parentFolderId: folderId(entry.folder),
    conversationId: m.conversationId,
    isRead: true,
    isDraft: false,
    inferenceClassification: 'focused',
    body:
      m.html !== null
        ? { contentType: 'html', content: m.html }
        : { contentType: 'text', content: m.text ?? '' },
    sender: recipient(m.sender),
    from: recipient(m.from),
    toRecipients: m.to.map(recipient),
    ccRecipients: m.cc.map(recipient),
    bccRecipients: [],
    replyTo: [],
    flag: { flagStatus: 'notFlagged' },
    internetMessageHeaders: headers(m.headerBlock),
  };
}

/**
 * A message as Graph returns it: the `$select`ed properties (always with `id`), or the default
 * ones; without `Mail.Read`, no body or preview (`Mail.ReadBasic`).
 */
export function messageView(
  entry: MailboxMessage,
  select: readonly string[] | null,
  withBody: boolean,
): Record<string, unknown> {
  const all = allProperties(entry);
  const names = select
    ? ['id', ...select.filter((s) => s !== 'id')]
    : MESSAGE_PROPERTIES.filter((p) => !SELECT_ONLY.has(p));
  return Object.fromEntries(
    names.filter((name) => withBody || !BODY_PROPERTIES.has(name)).map((name) => [name, all[name]]),
  );
}

/** The value of a filterable or sortable property, for `$filter` and `$orderby`. */
export function messageValue(entry: MailboxMessage, property: string): string | boolean | Date {
  const m = entry.message;
  switch (property) {
    case 'receivedDateTime':
    case 'sentDateTime':
    case 'createdDateTime':
      return new Date(m.date);
    case 'from/emailAddress/address':
      return m.from?.address ?? '';
    case 'isRead':
      return true;
    case 'hasAttachments':
      return m.attachments.some((a) => !a.isInline);
    case 'conversationId':
      return m.conversationId;
    case 'internetMessageId':
      return m.internetMessageId ?? '';
    case 'subject':
      return m.subject;
    default:
      throw new Error(`messageValue: ${property} is not filterable`);
  }
}
