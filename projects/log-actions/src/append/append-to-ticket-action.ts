import type { LogAction } from '@halo-outlook/sdk';
import { DEFAULT_ATTACHMENT_LIMITS } from '../attachments/attachment-limits';
import type { LogActionOptions } from '../options/log-action-options';
import type { WithLimits } from '../options/with-limits';
import type { AppendInput } from './append-input';

/** The id of the built-in append action. */
export const APPEND_TO_TICKET_ID = 'halo.append-to-ticket';

/**
 * The built-in "Append to ticket" log action: adds the e-mail to a ticket as an action — its
 * sanitised HTML body with inline images, the outcome, private or public, the time taken, an
 * optional new status, the e-mail's metadata and message ids — then uploads each chosen file and
 * the original message to that action. Never twice: an e-mail already on the ticket is not added
 * again, and a retry (by the agent or the outbox) continues from what Halo confirmed. Offered for
 * every e-mail the pane may log; the pane makes it the main button when the e-mail's thread is on
 * a ticket.
 *
 * The object registered is small: the form and the write path (`runAppend`: preparing the
 * e-mail, the journal's writes, the files, the payload) are loaded with `import()` on first use.
 *
 * @usageNotes
 * ```ts
 * provideHaloPlugins(withLogActions(appendToTicketAction({ limits: { maxFileBytes: 10 * 1024 * 1024, maxTotalBytes: 30 * 1024 * 1024 } })))
 * ```
 */
export function appendToTicketAction(
  options: LogActionOptions = {},
): LogAction<AppendInput> & WithLimits {
  const limits = options.limits ?? DEFAULT_ATTACHMENT_LIMITS;
  return {
    limits,
    id: options.id ?? APPEND_TO_TICKET_ID,
    get label() {
      return options.label ?? $localize`:@@log.append.label:Append to ticket`;
    },
    icon: options.icon ?? 'playlist_add',
    priority: options.priority ?? 100,
    isAvailable: ({ picture }) => !picture.neverLog,
    loadForm: () => import('./append-form').then((m) => m.AppendForm),
    run: async (context, input) => (await import('./run-append')).runAppend(context, input, limits),
  };
}
