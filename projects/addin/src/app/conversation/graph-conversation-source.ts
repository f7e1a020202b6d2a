import { EnvironmentInjector, inject, Injectable } from '@angular/core';
import { AppError, type MailSnapshot } from '@halo-outlook/core';
import type { ConversationMessage, ConversationSource } from '@halo-outlook/sdk';
import { EntraAvailability } from '../entra/entra-availability';

/**
 * The conversation's messages from Microsoft Graph, for "Log the conversation": available once
 * the agent is signed in with Microsoft and `Mail.Read` is not known to be refused. Lists with
 * `GET /me/messages?$filter=conversationId eq …` (oldest first) and reads each message's `.eml`
 * with `$value`. Small, and nothing of Entra is imported statically: the loader (and with it the
 * library and MSAL) is imported when a list or a message is first asked for.
 */
@Injectable({ providedIn: 'root' })
export class GraphConversationSource implements ConversationSource {
  private readonly injector = inject(EnvironmentInjector);

  /** True while Graph can list the conversation. */
  readonly available = inject(EntraAvailability).mailRead;

  /** The messages of `snapshot`'s conversation, oldest first. */
  async messages(
    snapshot: MailSnapshot,
    signal: AbortSignal,
  ): Promise<readonly ConversationMessage[]> {
    if (!snapshot.conversationId) throw noConversation();
    const graph = await this.graph();
    const found = await graph.conversationMessages(snapshot.conversationId, { signal });
    return found.map((m) => ({
      id: m.id,
      internetMessageId: m.internetMessageId,
      subject: m.subject,
      from: m.from ?? { name: '', address: '' },
      receivedAt: m.receivedDateTime,
      hasAttachments: m.hasAttachments,
    }));
  }

  /** One message's `.eml` bytes, by its Graph id. */
  async original(id: string, signal: AbortSignal): Promise<Uint8Array> {
    // A log may run from the outbox, without a click: never open a window for it.
    return (await this.graph()).messageMime(id, { signal, interactive: false });
  }

  private async graph() {
    const { EntraLoader } = await import('../entra/entra-loader');
    const entra = await this.injector.get(EntraLoader).load();
    if (!entra || entra.session.state().status !== 'signed-in') throw signInFirst();
    return entra.graph;
  }
}

function signInFirst(): AppError {
  return new AppError({
    kind: 'forbidden',
    message: $localize`:@@conversation.signIn.message:Reading the whole conversation needs your Microsoft sign-in.`,
    action: $localize`:@@conversation.signIn.action:Sign in with Microsoft in Settings, then try again.`,
  });
}

function noConversation(): AppError {
  return new AppError({
    kind: 'invalid-input',
    message: $localize`:@@conversation.none.message:Outlook gives no conversation for this email.`,
    action: $localize`:@@conversation.none.action:Log the email on its own with “Append to ticket”.`,
  });
}
