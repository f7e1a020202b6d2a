import type {
  ConversationSource,
  LogActionContext,
  LogJournal,
  LogOutcome,
  LogPart,
  MailSnapshot,
} from '@halo-outlook/sdk';
import type { AppendInput } from '../append/append-input';
import { findEarlierAppend } from '../append/earlier-append';
import { runAppend } from '../append/run-append';
import type { AttachmentLimits } from '../attachments/attachment-limits';
import { failedOutcome, invalidInput } from '../write/failed-outcome';
import type { ConversationInput } from './conversation-input';
import { readEmlMessage } from './eml-message';
import { scopedJournal } from './scoped-journal';

/** What the journal keeps for each message once it is settled. */
type Settled = 'added' | 'already' | 'partial';

/**
 * Adds the chosen messages of a conversation to one ticket, oldest first, each exactly as "Append
 * to ticket" would add it on its own (`runAppend`: safe body, inline images, files, the message's
 * ids): a message already on the ticket is not added again, so running the request twice adds
 * nothing the second time (such a message is not even downloaded). Each message is read from the
 * conversation source (its RFC 822 bytes)
 * and keeps its own steps in the journal (`message:<id>:…`), so a retry or an outbox replay
 * continues where the last attempt stopped. The time taken and the new status go with the last
 * message. Stops at the first message that fails, saying which.
 *
 * @usageNotes
 * `run: (context, input) => runConversation(context, input, source, limits)`
 */
export async function runConversation(
  context: LogActionContext,
  input: ConversationInput,
  source: ConversationSource,
  limits: AttachmentLimits,
): Promise<LogOutcome> {
  const { signal, journal } = context;
  if (signal.aborted) return { status: 'cancelled' };
  const messages = input?.messages ?? [];
  if (messages.length === 0) {
    return invalidInput(
      $localize`:@@log.conversation.none:Choose at least one message of the conversation.`,
    );
  }
  if (!Number.isInteger(input.ticketId) || input.ticketId <= 0) {
    return invalidInput($localize`:@@log.append.noTicket:Choose the ticket to add the email to.`);
  }

  const parts: LogPart[] = messages.map((m) => ({
    id: m.id,
    label: m.subject || $localize`:@@log.conversation.noSubject:(no subject)`,
    status: 'pending',
  }));
  const show = (index: number, part: Partial<LogPart>) => {
    parts[index] = { ...parts[index], ...part };
    context.progress([...parts]);
  };
  const fileParts: LogPart[] = [];
  let lastActionId: number | undefined;

  for (const [index, message] of messages.entries()) {
    const steps = scopedJournal(journal, `message:${message.id}:`);
    if (steps.get<Settled>('settled')) {
      show(index, { status: 'saved' });
      lastActionId = steps.get<number>('actionId') ?? lastActionId;
      continue;
    }
    show(index, { status: 'sending' });
    let snapshot: MailSnapshot;
    let outcome: LogOutcome;
    try {
      // A message already on the ticket is settled without downloading it; append is given the
      // answer, so Halo is asked once per message.
      const scoped = { ...context, journal: steps };
      const earlier = await findEarlierAppend(scoped, message.internetMessageId, input.ticketId);
      if (earlier?.action) {
        steps.set('settled', 'already');
        show(index, { status: 'saved' });
        continue;
      }
      const raw = await source.original(message.id, signal);
      const eml = await readEmlMessage(raw, message.id, context.snapshot.conversationId);
      snapshot = eml.snapshot;
      outcome = await runAppend(
        { ...scoped, snapshot, mail: eml.mail, progress: () => undefined },
        appendInputFor(input, snapshot, index === messages.length - 1),
        limits,
        { earlier },
      );
    } catch (error) {
      if (signal.aborted) return { status: 'cancelled' };
      const failed = failedOutcome(error);
      if (failed.status === 'failed') show(index, { status: 'failed', message: failed.message });
      return failedOutcome(error, [...parts]);
    }
    if (outcome.status === 'cancelled') return outcome;
    if (outcome.status === 'failed') {
      show(index, { status: 'failed', message: outcome.message });
      return {
        ...outcome,
        message: $localize`:@@log.conversation.stopped:Message ${index + 1}:position: of ${messages.length}:count: (“${parts[index].label}:subject:”) was not added: ${outcome.message}:why:`,
        parts: [...parts, ...fileParts],
      };
    }
    const settled: Settled =
      outcome.status === 'partial' ? 'partial' : outcome.alreadyLogged ? 'already' : 'added';
    steps.set('settled', settled);
    lastActionId = outcome.actionId ?? lastActionId;
    for (const part of outcome.parts ?? []) {
      if (part.status === 'failed') fileParts.push({ ...part, id: `${message.id}:${part.id}` });
    }
    show(index, { status: 'saved' });
  }

  const counts = countSettled(messages.map((m) => scopedJournal(journal, `message:${m.id}:`)));
  const summary = summaryOf(counts, input.ticketId);
  if (fileParts.length > 0) {
    return {
      status: 'partial',
      ticketId: input.ticketId,
      ...(lastActionId !== undefined ? { actionId: lastActionId } : {}),
      created: false,
      message: summary,
      parts: [...parts, ...fileParts],
    };
  }
  return {
    status: 'done',
    ticketId: input.ticketId,
    ...(lastActionId !== undefined ? { actionId: lastActionId } : {}),
    created: false,
    ...(counts.added === 0 ? { alreadyLogged: true } : {}),
    message: summary,
    parts: [...parts],
  };
}

/** Append's input for one message: the note options for all, the time and status with the last. */
function appendInputFor(
  input: ConversationInput,
  snapshot: MailSnapshot,
  last: boolean,
): AppendInput {
  return {
    ticketId: input.ticketId,
    outcomeId: input.outcomeId,
    outcomeName: input.outcomeName ?? null,
    privateNote: input.privateNote,
    minutes: last ? input.minutes : 0,
    newStatusId: last ? input.newStatusId : null,
    attachmentIds: input.attachments
      ? snapshot.attachments.filter((a) => !a.isInline).map((a) => a.id)
      : [],
    includeOriginal: input.includeOriginal,
    trimQuotedHistory: input.trimQuotedHistory,
    remoteImages: input.remoteImages,
  };
}

function countSettled(steps: readonly LogJournal[]) {
  const settled = steps.map((s) => s.get<Settled>('settled'));
  return {
    added: settled.filter((s) => s === 'added' || s === 'partial').length,
    already: settled.filter((s) => s === 'already').length,
  };
}

function summaryOf(counts: { added: number; already: number }, ticketId: number): string {
  if (counts.added === 0) {
    return $localize`:@@log.conversation.allThere:Every chosen message is already on ticket #${ticketId}:ticket:: nothing was added.`;
  }
  if (counts.added === 1 && counts.already === 0) {
    return $localize`:@@log.conversation.addedOne:1 message added to ticket #${ticketId}:ticket:.`;
  }
  if (counts.already === 0) {
    return $localize`:@@log.conversation.added:${counts.added}:added: messages added to ticket #${ticketId}:ticket:, oldest first.`;
  }
  return $localize`:@@log.conversation.addedSome:${counts.added}:added: messages added to ticket #${ticketId}:ticket:, oldest first; ${counts.already}:already: were already there.`;
}
