import { InjectionToken } from '@angular/core';

const KEY = 'halo-outlook.entra.signed-out';

/**
 * Remembers that the agent signed out of Microsoft on this device, so that a pane opened later
 * does not sign in again silently through Outlook (Nested App Authentication cannot forget
 * Outlook's account). Specs provide their own `Storage`.
 */
export const ENTRA_PREFERENCES = new InjectionToken<Pick<
  Storage,
  'getItem' | 'setItem' | 'removeItem'
> | null>('ENTRA_PREFERENCES', {
  providedIn: 'root',
  factory: () => {
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null; // storage blocked: nothing is remembered
    }
  },
});

/** Reads and writes the signed-out mark of one Entra app. */
export class SignOutMemory {
  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
    private readonly clientId: string,
  ) {}

  /** True when the agent signed out of this app on this device. */
  signedOut(): boolean {
    return this.read() === this.clientId;
  }

  /** Marks the agent signed out, or clears the mark. */
  set(signedOut: boolean): void {
    try {
      if (signedOut) this.storage?.setItem(KEY, this.clientId);
      else this.storage?.removeItem(KEY);
    } catch {
      // storage full or blocked: the mark is lost, nothing else
    }
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(KEY) ?? null;
    } catch {
      return null;
    }
  }
}
