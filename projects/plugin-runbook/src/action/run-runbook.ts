import type { LogActionContext, LogOutcome } from '@halo-outlook/sdk';
import type { RunbookField, RunbookOptions } from '../options/runbook-options';
import { runbookPayload } from '../request/runbook-payload';
import { runbookRequest } from '../request/runbook-request';
import type { RunbookInput } from './runbook-log-action';
import { postToRunbook } from './post-to-runbook';

/** The journal step recording that the runbook accepted this request. */
const POSTED = 'runbookPosted';

/**
 * The runbook action's write path (see `runbookLogAction`): builds the payload from the e-mail and
 * the pane's picture, signs the request, posts it once per request (the journal remembers an
 * accepted post, so a retry from the outbox does not start the runbook twice).
 */
export async function runRunbook(
  context: LogActionContext,
  input: RunbookInput | undefined,
  options: RunbookOptions,
  fields: readonly RunbookField[],
): Promise<LogOutcome> {
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
