import { LogAction, LogActionContext } from '@halo-outlook/sdk';
import { RUNBOOK_FIELDS, RunbookOptions } from '../options/runbook-options';
import { runbookPayload } from '../request/runbook-payload';
import { runbookRequest } from '../request/runbook-request';
import { postToRunbook } from './post-to-runbook';

/** What the agent may add when running the action: the body text, when the host read it. */
export interface RunbookInput {
  /** The email's body as plain text; when absent it is read from the context (`context.mail`). */
  readonly text?: string | null;
}

/** The journal step recording that the runbook accepted this request. */
const POSTED = 'runbookPosted';

/**
 * Creates a log action that posts the email (summary, sender, text body, matched ids…) to a Halo
 * Integration Runbook's public endpoint, for automations such as marking spam or opening an
 * opportunity. The runbook is the one that writes to Halo; this action only starts it.
 *
 * The body text is read from the context (`context.mail.text()`) unless the input carries it; an
 * Outlook that cannot give it sends no text. On success the outcome names the thread's ticket
 * when the pane found one, and no ticket otherwise (a runbook start has none of its own). Once
 * the runbook accepted a request, a retry of that request (from the outbox, or the agent) does
 * not start it again.
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
export function runbookLogAction(options: RunbookOptions): LogAction<RunbookInput | undefined> {
  const fields = options.fields ?? RUNBOOK_FIELDS;
  return {
    id: options.id ?? 'example.runbook',
    label: options.label,
    icon: options.icon ?? 'play_circle',
    priority: -10,
    isAvailable: () => options.url.trim() !== '',
    run: async (context, input) => {
      const { snapshot, picture, signal, journal } = context;
      if (signal.aborted) return { status: 'cancelled' };
      const threadTicket = picture.threadTickets[0]?.id;
      const done = {
        status: 'done' as const,
        ...(typeof threadTicket === 'number' ? { ticketId: threadTicket } : {}),
        message: `${options.label}: the runbook was started.`,
      };
      if (journal.get<boolean>(POSTED)) return done;
      const text = fields.includes('text') ? await bodyText(context, input) : null;
      if (signal.aborted) return { status: 'cancelled' };
      const payload = runbookPayload(
        {
          subject: snapshot.subject,
          from: snapshot.from,
          text,
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
        journal.set(POSTED, true);
        return done;
      }
      if (result.cancelled) return { status: 'cancelled' };
      context.log.warn('runbook post failed', { retryable: result.retryable });
      return { status: 'failed', message: result.message, retryable: result.retryable };
    },
  };
}

async function bodyText(
  context: LogActionContext,
  input: RunbookInput | undefined,
): Promise<string | null> {
  if (input?.text !== undefined) return input.text;
  return context.mail.text().catch((error: unknown) => {
    context.log.info('no body text for the runbook', { detail: String(error) });
    return null;
  });
}
