import type { LogAction } from '@halo-outlook/sdk';
import { DEFAULT_ATTACHMENT_LIMITS } from '../attachments/attachment-limits';
import type { CreateTicketOptions } from '../options/log-action-options';
import type { WithLimits } from '../options/with-limits';
import type { CreateInput } from './create-input';

/** The id of the built-in create action. */
export const CREATE_TICKET_ID = 'halo.create-ticket';

/**
 * The built-in "Create ticket" log action: creates a ticket from the e-mail — the type, a summary
 * from the subject, the client, site and contact from the pane's picture (all editable), the
 * sanitised body as details — records the e-mail on it (metadata and message ids, so replies
 * thread to it) and uploads each chosen file and the original message. Never twice: when the
 * e-mail is already on a ticket nothing is created, and a create whose answer was lost is settled
 * by finding the ticket it made before anything is sent again. The new ticket carries the
 * e-mail's Message-ID and conversation id in custom fields (`CFOutlookInternetMessageId`,
 * `CFOutlookConversationId`; a tenant without them ignores them).
 *
 * The object registered is small: the form and the write path (`runCreate`: preparing the
 * e-mail, the journal's writes, the files, the payloads) are loaded with `import()` on first use.
 *
 * @usageNotes
 * `provideHaloPlugins(withLogActions(createTicketAction({ messageIdField: 'CFMailId' })))`
 */
export function createTicketAction(
  options: CreateTicketOptions = {},
): LogAction<CreateInput> & WithLimits {
  const limits = options.limits ?? DEFAULT_ATTACHMENT_LIMITS;
  const fields = {
    messageId:
      options.messageIdField === undefined ? 'CFOutlookInternetMessageId' : options.messageIdField,
    conversationId:
      options.conversationIdField === undefined
        ? 'CFOutlookConversationId'
        : options.conversationIdField,
  };
  return {
    limits,
    id: options.id ?? CREATE_TICKET_ID,
    get label() {
      return options.label ?? $localize`:@@log.create.label:Create ticket`;
    },
    icon: options.icon ?? 'add_circle',
    priority: options.priority ?? 90,
    isAvailable: ({ picture }) => !picture.neverLog,
    loadForm: () => import('./create-form').then((m) => m.CreateForm),
    run: async (context, input) =>
      (await import('./run-create')).runCreate(context, input, limits, fields),
  };
}
