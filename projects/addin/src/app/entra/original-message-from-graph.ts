import { Injector } from '@angular/core';
import { AppError, type MailSnapshot } from '@halo-outlook/core';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { base64InSlices } from '@halo-outlook/log-actions';
import { mailContentUnavailable } from '@halo-outlook/sdk';
import { EntraLoader } from './entra-loader';

/**
 * Reads the original message (`.eml`, base64) from Microsoft Graph's `$value`, by the item's REST
 * id, without a pop-up: the signed-in agent's `Mail.Read` token must come silently (a log runs
 * without a click). Loaded lazily by `provideOriginalMessageFromGraph` when Outlook cannot export
 * the message and the organisation has an Entra app. Rejects with what to do: sign in with
 * Microsoft in Settings, grant `Mail.Read`, or Graph's own failure.
 */
export async function readOriginalFromGraph(
  injector: Injector,
  snapshot: MailSnapshot,
): Promise<string> {
  const entra = await injector.get(EntraLoader).load();
  if (!entra) throw mailContentUnavailable('original', 'host');
  if (entra.session.state().status !== 'signed-in') throw signInToGetOriginal();
  const restId = injector.get(MailboxPort).restItemId(snapshot.itemId);
  const bytes = await entra.graph.messageMime(restId, { interactive: false });
  return base64InSlices(bytes); // a 25 MB message in slices, the main thread given back between
}

function signInToGetOriginal(): AppError {
  const host = mailContentUnavailable('original', 'host');
  return new AppError({
    kind: host.kind,
    message: host.message,
    action: $localize`:@@entra.original.signIn:Sign in with Microsoft in Settings: the add-in then gets the original message through Microsoft Graph.`,
    retryable: false,
  });
}
