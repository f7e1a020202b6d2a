import type { LogActionContext, LogOutcome } from '@halo-outlook/sdk';
import { type AttachmentLimits } from '../attachments/attachment-limits';
import { uploadFiles } from '../attachments/upload-files';
import { prepareEmail } from '../content/prepare-email';
import { emailHeaderBlock } from '../email/email-header-block';
import { findLoggedActions } from '../email/find-logged-actions';
import { isLoggableMinutes, MAX_LOGGED_MINUTES } from '../time/minutes-to-hours';
import { failedOutcome, invalidInput } from '../write/failed-outcome';
import { finishOutcome } from '../write/finish-outcome';
import { ACTION_ID, ACTION_SENT, recordActionOnce } from '../write/record-action-once';
import type { AppendInput } from './append-input';
import { appendActionPayload } from './append-payload';

/**
 * Appends the e-mail to a ticket: checks the input, prepares the content (before any write), makes
 * sure the e-mail is not already on that ticket (by its Message-ID), adds the action once (see
 * `recordActionOnce`), then uploads each chosen file to it (see `uploadFiles`).
 *
 * @usageNotes
 * `run: (context, input) => runAppend(context, input, limits)`
 */
export async function runAppend(
  context: LogActionContext,
  input: AppendInput,
  limits: AttachmentLimits,
): Promise<LogOutcome> {
  const { snapshot, halo, signal, journal } = context;
  if (signal.aborted) return { status: 'cancelled' };
  if (!Number.isInteger(input?.ticketId) || input.ticketId <= 0) {
    return invalidInput($localize`:@@log.append.noTicket:Choose the ticket to add the email to.`);
  }
  if (input.outcomeId === null && !input.outcomeName) {
    return invalidInput($localize`:@@log.append.noOutcome:Choose an outcome for the note.`);
  }
  if (!isLoggableMinutes(input.minutes)) {
    return invalidInput(
      $localize`:@@log.minutes.invalid:The time must be whole minutes from 0 to ${MAX_LOGGED_MINUTES}:max:.`,
    );
  }

  const email = await prepareEmail(context, input, limits);
  if (signal.aborted) return { status: 'cancelled' };

  // Never twice: an e-mail already on this ticket (logged before this request) is not added again.
  const messageId = snapshot.internetMessageId;
  if (messageId && journal.get(ACTION_ID) === undefined && !journal.get<boolean>(ACTION_SENT)) {
    try {
      const found = await findLoggedActions(halo, messageId, [input.ticketId], signal);
      const here = found.find((a) => a.ticketId === input.ticketId);
      if (here) {
        return {
          status: 'done',
          ticketId: input.ticketId,
          actionId: here.id,
          alreadyLogged: true,
          message: $localize`:@@log.already:This email is already on ticket #${input.ticketId}:ticket:: nothing was added.`,
        };
      }
    } catch (error) {
      if (signal.aborted) return { status: 'cancelled' };
      return failedOutcome(error);
    }
  }

  const note = emailHeaderBlock(snapshot) + email.html;
  const recorded = await recordActionOnce(context, appendActionPayload(input, snapshot, note));
  if (!recorded.ok) return recorded.outcome;

  const uploads = await uploadFiles(
    context,
    email.files,
    { ticketId: input.ticketId, actionId: recorded.actionId },
    email.skipped,
  );
  if (signal.aborted) return { status: 'cancelled' };
  return finishOutcome({
    ticketId: input.ticketId,
    actionId: recorded.actionId,
    created: false,
    parts: uploads.parts,
    warning: recorded.warning,
    stoppedBy: uploads.stoppedBy,
  });
}
