import { Injectable, inject } from '@angular/core';
import { DiagnosticsLog } from '@halo-outlook/core';
import {
  HaloPluginAccess,
  type MailSnapshot,
  type ResolutionPicture,
  sameMessageId,
} from '@halo-outlook/sdk';

/**
 * Finds, when an e-mail opens, the ticket it is already logged on: first from the picture (the
 * thread matcher marks a ticket holding this very e-mail), else by looking its Message-ID up among
 * the actions of the thread's and the contact's open tickets (where Halo cannot filter by it). A
 * failed lookup is only a missing badge: it is recorded in diagnostics, never shown as an error.
 *
 * @usageNotes
 * `const logged = await inject(AlreadyLoggedLookup).find(snapshot, picture, signal);` (provided by
 * `provideEmailLogging()`)
 */
@Injectable()
export class AlreadyLoggedLookup {
  private readonly access = inject(HaloPluginAccess);
  private readonly log = inject(DiagnosticsLog);

  /** The id of the ticket `snapshot` is on, or null. */
  async find(
    snapshot: MailSnapshot,
    picture: ResolutionPicture,
    signal: AbortSignal,
  ): Promise<number | null> {
    const marked = picture.threadTickets.find((t) => t.data?.['alreadyLogged'] === true);
    if (typeof marked?.id === 'number') return marked.id;
    const messageId = snapshot.internetMessageId;
    if (!messageId) return null;
    const candidates = [...picture.threadTickets, ...picture.openTickets]
      .map((t) => t.id)
      .filter((id): id is number => typeof id === 'number')
      .slice(0, 10);
    try {
      const halo = this.access.read(`email:${snapshot.itemId}`);
      const actions = await halo.actionsByMessageId(messageId, candidates, { signal });
      const found = actions.find(
        (a) => a.ticketId !== null && sameMessageId(a.internetMessageId, messageId),
      );
      return found?.ticketId ?? null;
    } catch (error) {
      if (!signal.aborted) {
        this.log.record('logging', 'info', 'Could not check whether the email is already logged', {
          detail: String(error),
        });
      }
      return null;
    }
  }
}
