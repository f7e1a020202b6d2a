import { Injectable, Signal, computed, signal } from '@angular/core';
import type { EntraServices } from '@halo-outlook/entra';

/**
 * What the Microsoft Entra features make possible right now, for parts of the pane that must not
 * load them: the loaded services (set by `EntraLoader`), and whether the original message can
 * come from Microsoft Graph where Outlook cannot export it. Tiny and in the initial bundle; the
 * library stays lazy.
 *
 * @usageNotes
 * ```ts
 * const canAttachOriginal = mailbox.capabilities.messageFile || inject(EntraAvailability).mailRead();
 * ```
 */
@Injectable({ providedIn: 'root' })
export class EntraAvailability {
  /** The loaded Entra services, or null (written by `EntraLoader` only). */
  readonly services = signal<EntraServices | null>(null);

  /**
   * True when the agent is signed in with Microsoft and `Mail.Read` is not known to be refused:
   * Graph can read the agent's mail (the original message's `$value`, a conversation's messages).
   */
  readonly mailRead: Signal<boolean> = computed(() => {
    const session = this.services()?.session;
    return (
      session?.state().status === 'signed-in' && session.consent()['Mail.Read'] !== 'not-granted'
    );
  });
}
