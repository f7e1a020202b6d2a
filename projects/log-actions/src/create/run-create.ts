import { type LogActionContext, type LogOutcome, toAppError } from '@halo-outlook/sdk';
import type { AttachmentLimits } from '../attachments/attachment-limits';
import { uploadFiles } from '../attachments/upload-files';
import { prepareEmail } from '../content/prepare-email';
import { emailHeaderBlock } from '../email/email-header-block';
import { isLoggableMinutes, MAX_LOGGED_MINUTES } from '../time/minutes-to-hours';
import { failedOutcome, invalidInput } from '../write/failed-outcome';
import { finishOutcome } from '../write/finish-outcome';
import { recordActionOnce } from '../write/record-action-once';
import { isUncertainWrite } from '../write/uncertain-write';
import type { CreateInput } from './create-input';
import { createEmailActionPayload, createTicketPayload, type StampFields } from './create-payload';
import { findTicketOfEmail } from './find-ticket-of-email';

/** Journal steps of the create action. */
const TICKET_ID = 'ticketId';
const TICKET_SENT_AT = 'ticketSentAt';

/**
 * Creates a ticket from the e-mail: checks the input, prepares the content, makes sure the e-mail
 * is not already on a ticket, creates the ticket once (an unanswered create is settled by looking
 * for the ticket it made before anything is sent again), records the e-mail on it as an action,
 * then uploads each chosen file.
 *
 * @usageNotes
 * `run: (context, input) => runCreate(context, input, limits, fields)`
 */
export async function runCreate(
  context: LogActionContext,
  input: CreateInput,
  limits: AttachmentLimits,
  fields: StampFields,
): Promise<LogOutcome> {
  const { snapshot, halo, signal, journal } = context;
  if (signal.aborted) return { status: 'cancelled' };
  const problem = checkInput(input);
  if (problem) return invalidInput(problem);

  const email = await prepareEmail(context, input, limits);
  if (signal.aborted) return { status: 'cancelled' };

  let ticketId = journal.get<number>(TICKET_ID) ?? null;
  let created = true;
  if (ticketId === null) {
    const sentAt = journal.get<number>(TICKET_SENT_AT) ?? undefined;
    try {
      const existing = await findTicketOfEmail(context, input, { fields, sentAt });
      if (existing !== null && sentAt === undefined) {
        return {
          status: 'done',
          ticketId: existing,
          alreadyLogged: true,
          message: $localize`:@@log.create.already:This email is already on ticket #${existing}:ticket:: no ticket was created.`,
        };
      }
      if (existing !== null) {
        journal.set(TICKET_ID, existing);
        ticketId = existing;
      }
    } catch (error) {
      if (signal.aborted) return { status: 'cancelled' };
      return failedOutcome(error);
    }
  }

  if (ticketId === null) {
    if (signal.aborted) return { status: 'cancelled' };
    const sentAt = Date.now();
    journal.set(TICKET_SENT_AT, sentAt);
    try {
      const result = await halo.createTicket(
        createTicketPayload(input, snapshot, email.html, fields),
        { signal },
      );
      ticketId = result.value.id;
      journal.set(TICKET_ID, ticketId);
    } catch (error) {
      if (signal.aborted) return { status: 'cancelled' };
      const failure = toAppError(error);
      if (!isUncertainWrite(failure)) {
        journal.set(TICKET_SENT_AT, null);
        return failedOutcome(failure);
      }
      try {
        ticketId = await findTicketOfEmail(context, input, { fields, sentAt });
      } catch {
        return failedOutcome(failure); // the next attempt looks first
      }
      if (ticketId === null) {
        journal.set(TICKET_SENT_AT, null);
        return failedOutcome(failure);
      }
      context.log.info('found the ticket of an unanswered create', { ticketId });
      journal.set(TICKET_ID, ticketId);
    }
  } else {
    created = (journal.get<number>(TICKET_SENT_AT) ?? null) !== null;
  }

  const note = emailHeaderBlock(snapshot);
  const recorded = await recordActionOnce(
    context,
    createEmailActionPayload(ticketId, input, snapshot, note),
  );
  if (!recorded.ok) {
    const outcome = recorded.outcome;
    if (outcome.status !== 'failed' || outcome.retryable) return outcome;
    return {
      status: 'partial',
      ticketId,
      created,
      message: $localize`:@@log.create.noRecord:Created ticket #${ticketId}:ticket:, but the email could not be recorded on it. Retry, or add it in Halo.`,
      parts: [
        {
          id: 'email',
          label: $localize`:@@log.part.email:The email`,
          status: 'failed',
          message: outcome.message,
        },
      ],
    };
  }
  const uploads = await uploadFiles(
    context,
    email.files,
    { ticketId, actionId: recorded.actionId },
    email.skipped,
  );
  if (signal.aborted) return { status: 'cancelled' };
  return finishOutcome({
    ticketId,
    actionId: recorded.actionId,
    created,
    parts: uploads.parts,
    warning: recorded.warning,
    stoppedBy: uploads.stoppedBy,
  });
}

function checkInput(input: CreateInput): string | null {
  if (!input || typeof input.summary !== 'string' || input.summary.trim() === '') {
    return $localize`:@@log.create.noSummary:Give the ticket a summary.`;
  }
  if (input.clientId === null && input.userId === null) {
    return $localize`:@@log.create.noClient:Choose the client the ticket is for.`;
  }
  if (input.outcomeId === null && !input.outcomeName) {
    return $localize`:@@log.append.noOutcome:Choose an outcome for the note.`;
  }
  if (!isLoggableMinutes(input.minutes)) {
    return $localize`:@@log.minutes.invalid:The time must be whole minutes from 0 to ${MAX_LOGGED_MINUTES}:max:.`;
  }
  return null;
}
