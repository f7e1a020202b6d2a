import { office } from './office-global';
import { asyncResult, sha256OfBase64, show, summary } from './probe-output';

/** Shows the current item's properties as the add-in's mailbox adapter reads them. */
export function showItem(): void {
  const item = office().context.mailbox.item as Office.MessageRead | null;
  if (!item) {
    show('subject', '(no item)');
    return;
  }
  const person = (p: Office.EmailAddressDetails | undefined) =>
    p ? `${p.displayName} <${p.emailAddress}>` : null;
  show('subject', item.subject);
  show('from', person(item.from));
  show('sender', person(item.sender));
  show('to', item.to.map(person));
  show('cc', item.cc.map(person));
  show('item-id', item.itemId);
  show('conversation-id', item.conversationId);
  show('internet-message-id', item.internetMessageId);
  show(
    'created',
    item.dateTimeCreated instanceof Date ? item.dateTimeCreated.toISOString() : 'not a Date',
  );
  show(
    'attachments',
    item.attachments.map((a) => ({
      name: a.name,
      contentType: a.contentType,
      size: a.size,
      type: a.attachmentType,
      isInline: a.isInline,
      contentId: a.contentId,
    })),
  );
}

/** Reads the body, headers, attachments and the whole file of the current item. */
export async function readContent(): Promise<void> {
  const item = office().context.mailbox.item as Office.MessageRead;
  const html = await asyncResult<string>((cb) =>
    item.body.getAsync(office().CoercionType.Html, cb),
  );
  const text = await asyncResult<string>((cb) =>
    item.body.getAsync(office().CoercionType.Text, { asyncContext: 'ctx' }, cb),
  );
  show(
    'body-html',
    html.status === office().AsyncResultStatus.Succeeded ? html.value : summary(html),
  );
  show(
    'body-text',
    text.status === office().AsyncResultStatus.Succeeded ? text.value : summary(text),
  );
  show('async-context', text.asyncContext);
  if (typeof item.getAllInternetHeadersAsync === 'function') {
    const headers = await asyncResult<string>((cb) => item.getAllInternetHeadersAsync(cb));
    show('headers', headers.value);
  } else {
    show('headers', 'getAllInternetHeadersAsync is not available');
  }
  if (typeof item.getAttachmentContentAsync === 'function') {
    const contents = [];
    for (const attachment of item.attachments) {
      const result = await asyncResult<Office.AttachmentContent>((cb) =>
        item.getAttachmentContentAsync(attachment.id, cb),
      );
      const content = result.value;
      contents.push({
        name: attachment.name,
        format: content.format,
        sha256:
          content.format === office().MailboxEnums.AttachmentContentFormat.Base64
            ? await sha256OfBase64(content.content)
            : null,
        startsWith:
          content.format === office().MailboxEnums.AttachmentContentFormat.Eml
            ? content.content.slice(0, 60)
            : null,
      });
    }
    show('attachment-contents', contents);
    const bad = await asyncResult<Office.AttachmentContent>((cb) =>
      item.getAttachmentContentAsync('no-such-id', cb),
    );
    show('bad-attachment', summary(bad));
  }
  if (typeof item.getAsFileAsync === 'function') {
    const file = await asyncResult<string>((cb) => item.getAsFileAsync(cb));
    show(
      'file-sha256',
      file.status === office().AsyncResultStatus.Succeeded
        ? await sha256OfBase64(file.value)
        : summary(file),
    );
  } else {
    show('file-sha256', 'getAsFileAsync is not available');
  }
  show('content-read', 'done');
}
