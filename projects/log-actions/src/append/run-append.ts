import { type LogActionContext, type LogOutcome, sameMessageId } from '@halo-outlook/sdk';
import { type AttachmentLimits } from '../attachments/attachment-limits';
import { uploadFiles } from '../attachments/upload-files';
import { prepareEmail } from '../content/prepare-email';
import { emailHeaderBlock } from '../email/email-header-block';
import { isLoggableMinutes, MAX_LOGGED_MINUTES } from '../time/minutes-to-hours';
import { failedOutcome, invalidInput } from '../write/failed-outcome';
import { finishOutcome } from '../write/finish-outcome';
import { recordActionOnce } from '../write/record-action-once';
import type { AppendInput } from './append-input';
import { appendActionPayload } from './append-payload';
import { type EarlierAppend, findEarlierAppend } from './earlier-append';

/** Options of {@link runAppend}. */
export interface RunAppendOptions {
  /**
   * What `findEarlierAppend` answered for this e-mail and ticket when the caller asked it in this
   * same attempt, before any write (as "Log the conversation" does before it downloads a message):
   * Halo is not asked again. Ignored when it was asked for another Message-ID or ticket.
   */
  readonly earlier?: EarlierAppend | null;
}

/**
 * Appends the e-mail to a ticket: checks the input, prepares the content (before any write), makes
 * sure the e-mail is not already on that ticket (by its Message-ID, see `findEarlierAppend`), adds
 * the action once (see `recordActionOnce`), then uploads each chosen file to it (see `uploadFiles`).
 *
 * @usageNotes
 * `run: (context, input) => runAppend(context, input, limits)`
 */
export async function runAppend(
  context: LogActionContext,
  input: AppendInput,
  limits: AttachmentLimits,
  options: RunAppendOptions = {},
): Promise<LogOutcome> {
  const { snapshot, signal } = context;
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
  let earlier: EarlierAppend | null;
  try {
    earlier =
      givenLookup(options.earlier, snapshot.internetMessageId, input.ticketId) ??
      (await findEarlierAppend(context, snapshot.internetMessageId, input.ticketId));
  } catch (error) {
    if (signal.aborted) return { status: 'cancelled' };
    return failedOutcome(error);
  }
  if (earlier?.action) {
    return {
      status: 'done',
      ticketId: input.ticketId,
      actionId: earlier.action.id,
      alreadyLogged: true,
      message: $localize`:@@log.already:This email is already on ticket #${input.ticketId}:ticket:: nothing was added.`,
    };
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

/** The caller's lookup, when it was made for this e-mail and ticket. */
function givenLookup(
  given: EarlierAppend | null | undefined,
  messageId: string | null,
  ticketId: number,
): EarlierAppend | null {
  if (!given || !messageId || given.ticketId !== ticketId) return null;
  return sameMessageId(given.messageId, messageId) ? given : null;
}
