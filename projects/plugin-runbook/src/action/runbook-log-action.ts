import { LogAction } from '@halo-outlook/sdk';
import { RUNBOOK_FIELDS, RunbookOptions } from '../options/runbook-options';
import { runbookPayload } from '../request/runbook-payload';
import { runbookRequest } from '../request/runbook-request';
import { postToRunbook } from './post-to-runbook';

/** What the agent may add when running the action: the body text, read by the host. */
export interface RunbookInput {
  /** The email's body as plain text, when the host could read it. */
  readonly text?: string | null;
}

/**
 * Creates a log action that posts the email (summary, sender, text body, matched ids…) to a Halo
 * Integration Runbook's public endpoint, for automations such as marking spam or opening an
 * opportunity. The runbook is the one that writes to Halo; this action only starts it.
 *
 * On success the outcome's `ticketId` is the thread's ticket when the pane found one, else `0`:
 * a runbook start has no ticket of its own (see the package README).
 *
 * @usageNotes
 * ```ts
 * withLogActions(runbookLogAction({
 *   id: 'acme.mark-spam', label: 'Mark as spam in Halo', icon: 'report',
 *   url: 'https://acme.halopsa.com/api/runbook/…', auth: { kind: 'signature', secret },
 *   fields: ['summary', 'sender', 'matchedIds'],
 * }))
 * ```
 */
export function runbookLogAction(options: RunbookOptions): LogAction<RunbookInput> {
  const fields = options.fields ?? RUNBOOK_FIELDS;
  return {
    id: options.id ?? 'example.runbook',
    label: options.label,
    icon: options.icon ?? 'play_circle',
    priority: -10,
    isAvailable: () => options.url.trim() !== '',
    run: async (context, input) => {
      const { snapshot, picture, signal } = context;
      if (signal.aborted) return { status: 'cancelled' };
      const threadTicket = picture.threadTickets[0]?.id;
      const payload = runbookPayload(
        {
          subject: snapshot.subject,
          from: snapshot.from,
          text: input?.text ?? null,
          internetMessageId: snapshot.internetMessageId,
          receivedAt: snapshot.receivedAt,
          matched: {
            contactId: picture.contact?.id ?? null,
            clientId: picture.client?.id ?? null,
            ticketIds: [...picture.threadTickets, ...picture.openTickets].map((t) => t.id),
          },
        },
        fields,
      );
      let request;
      try {
        request = await runbookRequest(options.url, options.auth, payload);
      } catch (error) {
        return { status: 'failed', message: (error as Error).message, retryable: false };
      }
      const result = await postToRunbook(request, options.fetch ?? fetch.bind(globalThis), signal);
      if (result.ok) {
        return {
          status: 'done',
          ticketId: typeof threadTicket === 'number' ? threadTicket : 0,
          message: `${options.label}: the runbook was started.`,
        };
      }
      if (result.cancelled) return { status: 'cancelled' };
      context.log.warn('runbook post failed', { retryable: result.retryable });
      return { status: 'failed', message: result.message, retryable: result.retryable };
    },
  };
}
