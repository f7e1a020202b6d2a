import { type HaloAction, type HaloWriteFacade, sameMessageId } from '@halo-outlook/sdk';

/**
 * The Halo actions that hold the e-mail with this Message-ID, looking at `ticketIds` where Halo
 * cannot filter actions by message id (at most 10; duplicates and non-ids dropped). Rows are
 * re-checked here: Halo ignores filters it does not know.
 *
 * @usageNotes
 * `const found = await findLoggedActions(halo, snapshot.internetMessageId, [1042], signal);`
 */
export async function findLoggedActions(
  halo: Pick<HaloWriteFacade, 'actionsByMessageId'>,
  messageId: string,
  ticketIds: readonly (number | string)[],
  signal: AbortSignal,
): Promise<readonly HaloAction[]> {
  const ids = [
    ...new Set(ticketIds.filter((id): id is number => typeof id === 'number' && id > 0)),
  ];
  const actions = await halo.actionsByMessageId(messageId, ids.slice(0, 10), { signal });
  return actions.filter((a) => sameMessageId(a.internetMessageId, messageId));
}
