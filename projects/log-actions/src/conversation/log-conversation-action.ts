import type { ConversationSource, LogAction } from '@halo-outlook/sdk';
import { DEFAULT_ATTACHMENT_LIMITS } from '../attachments/attachment-limits';
import type { LogActionOptions } from '../options/log-action-options';
import type { WithLimits } from '../options/with-limits';
import type { ConversationInput } from './conversation-input';

/** The id of the built-in "Log the conversation" action. */
export const LOG_CONVERSATION_ID = 'halo.log-conversation';

/** A log action that reads its messages from a conversation source (its form lists them). */
export interface WithConversationSource {
  /** Where the conversation's messages come from. */
  readonly source: ConversationSource;
}

/**
 * The built-in "Log the conversation" log action: lists the other messages of the e-mail's
 * conversation from `source` (Microsoft Graph, when the organisation configured Entra), lets the
 * agent pick them, and adds each to one ticket, oldest first, exactly as "Append to ticket" adds
 * one e-mail: never twice (a message already on the ticket is skipped, so running it again adds
 * nothing), a retry or an outbox replay continuing each message where it stopped. Offered when
 * the source is available and the e-mail belongs to a conversation.
 *
 * The form and the write path are loaded with `import()` on first use.
 *
 * @usageNotes
 * ```ts
 * { provide: HALO_LOG_ACTIONS, multi: true, useFactory: () => ({ plugins: [logConversationAction(inject(CONVERSATION_SOURCE))] }) }
 * ```
 */
export function logConversationAction(
  source: ConversationSource,
  options: LogActionOptions = {},
): LogAction<ConversationInput> & WithLimits & WithConversationSource {
  const limits = options.limits ?? DEFAULT_ATTACHMENT_LIMITS;
  return {
    limits,
    source,
    id: options.id ?? LOG_CONVERSATION_ID,
    get label() {
      return options.label ?? $localize`:@@log.conversation.label:Log the conversation`;
    },
    icon: options.icon ?? 'forum',
    priority: options.priority ?? 90,
    isAvailable: ({ picture, snapshot }) =>
      !picture.neverLog && !!snapshot.conversationId && source.available(),
    loadForm: () => import('./conversation-form').then((m) => m.ConversationForm),
    run: async (context, input) =>
      (await import('./run-conversation')).runConversation(context, input, source, limits),
  };
}
