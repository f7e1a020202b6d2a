import type {
  WorkbenchAddress,
  WorkbenchHost,
  WorkbenchMessage,
} from '../host-contract/workbench-host';
import {
  deliver,
  failed,
  readAsyncArgs,
  succeeded,
  type AsyncResultLike,
  type OfficeError,
} from './async-result';
import { bytesToBase64 } from './base64';
import { htmlToText, textToHtml } from './body-coercion';
import { OFFICE_ERRORS } from './office-errors';
import { compareVersions } from './requirement-sets';

type Callback = ((result: AsyncResultLike<unknown>) => void) | undefined;

/** `Office.EmailAddressDetails` as Outlook fills it for a read message. */
export interface EmailAddressDetailsLike {
  displayName: string;
  emailAddress: string;
  recipientType: string;
  appointmentResponse: string;
}

function details(address: WorkbenchAddress, ownDomain: string): EmailAddressDetailsLike {
  const domain = address.address.split('@')[1]?.toLowerCase() ?? '';
  return {
    displayName: address.name || address.address,
    emailAddress: address.address,
    recipientType: domain === ownDomain ? 'user' : 'externalUser',
    appointmentResponse: 'none',
  };
}

/**
 * Builds `Office.context.mailbox.item` for a read message: the properties and methods of
 * `Office.MessageRead` the add-in uses, present only from the Mailbox version that introduced
 * them (as in a real client). `message` must belong to the calling realm (a `structuredClone` of the
 * host's copy), so arrays and dates pass `instanceof` checks in the pane. Async methods answer
 * `APICallFailedDueToItemChange` when the selection moved on before they completed.
 */
export function createMessageRead(host: WorkbenchHost, message: WorkbenchMessage): object {
  const version = host.mailboxVersion();
  const atLeast = (set: string): boolean => compareVersions(version, set) >= 0;
  const ownDomain = host.userProfile().emailAddress.split('@')[1]?.toLowerCase() ?? '';
  const stillSelected = (): boolean => host.selectedMessage()?.key === message.key;

  /** Completes an async call: the value, or the item-changed error if the user moved on. */
  const complete = (
    callback: Callback,
    asyncContext: unknown,
    produce: () => { value: unknown } | { error: OfficeError },
  ): void => {
    setTimeout(() => {
      if (!stillSelected()) {
        deliver(callback, failed(OFFICE_ERRORS.itemChanged, asyncContext));
        return;
      }
      const outcome = produce();
      deliver(
        callback,
        'error' in outcome
          ? failed(outcome.error, asyncContext)
          : succeeded(outcome.value, asyncContext),
      );
    }, 0);
  };

  const item: Record<string, unknown> = {
    itemType: 'message',
    itemClass: 'IPM.Note',
    itemId: message.itemId,
    conversationId: message.conversationId,
    internetMessageId: message.internetMessageId ?? '',
    subject: message.subject,
    normalizedSubject: message.subject.replace(/^((re|fw|fwd|aw|wg)\s*:\s*)+/i, ''),
    from: message.from ? details(message.from, ownDomain) : undefined,
    sender: message.sender ? details(message.sender, ownDomain) : undefined,
    to: message.to.map((a) => details(a, ownDomain)),
    cc: message.cc.map((a) => details(a, ownDomain)),
    dateTimeCreated: new Date(message.date),
    dateTimeModified: new Date(message.date),
    attachments: message.attachments.map((a) => ({
      id: a.id,
      name: a.name,
      contentType: a.contentType,
      size: a.size,
      attachmentType: a.attachmentType,
      isInline: a.isInline,
      ...(atLeast('1.8') ? { contentId: a.contentId } : {}),
    })),
    body: {
      getAsync(coercionType: string, ...rest: unknown[]): void {
        const { options, callback } = readAsyncArgs(rest);
        complete(callback, options.asyncContext, () => {
          if (coercionType === 'html') {
            return { value: message.html ?? textToHtml(message.text ?? '') };
          }
          if (coercionType === 'text') {
            return { value: message.text ?? htmlToText(message.html ?? '') };
          }
          return {
            error: {
              name: 'InvalidCoercionType',
              message: `The coercion type "${coercionType}" is not supported: use Office.CoercionType.Html or Text.`,
              code: 1000,
            },
          };
        });
      },
    },
  };
  if (!atLeast('1.3')) delete (item['body'] as Record<string, unknown>)['getAsync'];

  if (atLeast('1.8')) {
    item['getAttachmentContentAsync'] = (attachmentId: string, ...rest: unknown[]): void => {
      const { options, callback } = readAsyncArgs(rest);
      complete(callback, options.asyncContext, () => {
        const found = message.attachments.find((a) => a.id === attachmentId);
        if (!found) return { error: OFFICE_ERRORS.invalidAttachmentId };
        return found.attachmentType === 'item'
          ? { value: { format: 'eml', content: new TextDecoder().decode(found.content) } }
          : { value: { format: 'base64', content: bytesToBase64(found.content) } };
      });
    };
    item['getAllInternetHeadersAsync'] = (...rest: unknown[]): void => {
      const { options, callback } = readAsyncArgs(rest);
      complete(callback, options.asyncContext, () => ({ value: message.headerBlock }));
    };
    item['categories'] = {
      getAsync(...rest: unknown[]): void {
        const { options, callback } = readAsyncArgs(rest);
        complete(callback, options.asyncContext, () => ({
          value: structuredClone(host.categories(message.key)),
        }));
      },
      addAsync(names: string[], ...rest: unknown[]): void {
        const { options, callback } = readAsyncArgs(rest);
        complete(callback, options.asyncContext, () =>
          host.addCategories(message.key, [...names])
            ? { value: undefined }
            : {
                error: {
                  name: 'InvalidCategory',
                  message:
                    'Invalid categories were provided: a category must exist in the master list first.',
                  code: 9045,
                },
              },
        );
      },
      removeAsync(names: string[], ...rest: unknown[]): void {
        const { options, callback } = readAsyncArgs(rest);
        complete(callback, options.asyncContext, () => {
          host.removeCategories(message.key, [...names]);
          return { value: undefined };
        });
      },
    };
  }
  if (atLeast('1.14')) {
    item['getAsFileAsync'] = (...rest: unknown[]): void => {
      const { options, callback } = readAsyncArgs(rest);
      complete(callback, options.asyncContext, () => ({ value: bytesToBase64(message.raw) }));
    };
  }
  return item;
}
