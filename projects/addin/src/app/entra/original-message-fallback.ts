import { Injector, Provider, inject } from '@angular/core';
import { TenantConfigStore, type MailSnapshot } from '@halo-outlook/core';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { ORIGINAL_MESSAGE_FALLBACK, mailContentUnavailable } from '@halo-outlook/sdk';

/**
 * Provides the sdk's `ORIGINAL_MESSAGE_FALLBACK`: where Outlook cannot export the original message
 * (getAsFileAsync needs Mailbox 1.14), it comes from Microsoft Graph (`GET /me/messages/{id}/$value`)
 * when the organisation has an Entra app and the agent is signed in with Microsoft with
 * `Mail.Read` granted. Without an Entra app, the behaviour without a fallback: this Outlook cannot
 * give the original message. Only this small reader is in the initial bundle: the Graph part, and
 * MSAL behind it, load when first needed.
 *
 * @usageNotes
 * Part of `provideEntraFeatures()`; on its own: `providers: [provideOriginalMessageFromGraph()]`.
 */
export function provideOriginalMessageFromGraph(): Provider {
  return { provide: ORIGINAL_MESSAGE_FALLBACK, useFactory: originalMessageFallback };
}

function originalMessageFallback(): (snapshot: MailSnapshot) => Promise<string> {
  const mailbox = inject(MailboxPort);
  const tenant = inject(TenantConfigStore);
  const injector = inject(Injector);
  return async (snapshot) => {
    // Outside Outlook there is no email at all: the port says so, as without the fallback.
    if (!mailbox.capabilities.mailbox) return mailbox.getMessageFile();
    if (!tenant.entra()) throw mailContentUnavailable('original', 'host');
    const { readOriginalFromGraph } = await import('./original-message-from-graph');
    return readOriginalFromGraph(injector, snapshot);
  };
}
