import { type LogActionContext, type NewHaloAction, toAppError } from '@halo-outlook/sdk';
import { failedOutcome } from './failed-outcome';
import { findRecordedAction } from './find-recorded-action';
import { isUncertainWrite } from './uncertain-write';
import type { LogOutcome } from '@halo-outlook/sdk';

/** Journal steps of {@link recordActionOnce}. */
export const ACTION_SENT = 'actionSent';
/** The journal step holding the Halo action's id once Halo confirmed it. */
export const ACTION_ID = 'actionId';

/** What {@link recordActionOnce} ended with. */
export type RecordedAction =
  | { readonly ok: true; readonly actionId: number; readonly warning: string | null }
  | { readonly ok: false; readonly outcome: LogOutcome };

/**
 * Adds the action recording the e-mail to its ticket, at most once per request:
 * - the journal's action id means it is done;
 * - before sending, the request notes that it is sending; when an earlier attempt sent it but
 *   never heard back, Halo is asked first whether the action exists (by the e-mail's Message-ID),
 *   and an action found is taken as this one;
 * - when the answer is lost (a dropped connection, a time-out, a server error), Halo is asked the
 *   same before reporting anything, so a retry never posts the action twice;
 * - Halo's explicit refusal clears the note: nothing was written.
 *
 * @usageNotes
 * `const recorded = await recordActionOnce(context, payload); if (!recorded.ok) return recorded.outcome;`
 */
export async function recordActionOnce(
  context: LogActionContext,
  payload: NewHaloAction,
): Promise<RecordedAction> {
  const { journal, halo, signal, snapshot } = context;
  const known = journal.get<number>(ACTION_ID);
  if (known !== undefined) return { ok: true, actionId: known, warning: null };

  const adopt = async (): Promise<number | null> => {
    const found = await findRecordedAction(halo, payload.ticketId, snapshot, signal);
    if (!found) return null;
    journal.set(ACTION_ID, found.id);
    context.log.info('found the action of an earlier attempt', { actionId: found.id });
    return found.id;
  };

  if (journal.get<boolean>(ACTION_SENT)) {
    try {
      const found = await adopt();
      if (found !== null) return { ok: true, actionId: found, warning: null };
    } catch (error) {
      return { ok: false, outcome: failedOutcome(error) };
    }
  }

  if (signal.aborted) return { ok: false, outcome: { status: 'cancelled' } };
  journal.set(ACTION_SENT, true);
  try {
    const result = await halo.createAction(payload, { signal });
    journal.set(ACTION_ID, result.value.id);
    return {
      ok: true,
      actionId: result.value.id,
      warning:
        result.status === 'partial' ? `${result.error.message} ${result.error.action}` : null,
    };
  } catch (error) {
    if (signal.aborted) return { ok: false, outcome: { status: 'cancelled' } };
    const problem = toAppError(error);
    if (!isUncertainWrite(problem)) {
      journal.set(ACTION_SENT, false);
      return { ok: false, outcome: failedOutcome(problem) };
    }
    try {
      const found = await adopt();
      if (found !== null) return { ok: true, actionId: found, warning: null };
      // Halo does not have it: the write did not happen.
      journal.set(ACTION_SENT, false);
    } catch {
      // Halo cannot be asked now: the next attempt asks first.
    }
    return { ok: false, outcome: failedOutcome(problem) };
  }
}
