import { Injectable, inject } from '@angular/core';
import { DeviceStore } from '../storage/device-store';
import { SealedSecret, SecretBox } from '../storage/secret-box';
import { TokenSet } from './token-set';

const TOKENS_KEY = 'tokens';

/** What is stored on the device for a session: the sealed token set and whose it is. */
interface StoredTokens {
  /** The tenant the tokens belong to (`<base url> <client id>`). */
  readonly owner: string;
  /** The token set as JSON, AES-GCM encrypted under the device key. */
  readonly sealed: SealedSecret;
}

/**
 * Keeps the token set on this device only (IndexedDB `secrets`), encrypted with the
 * non-extractable device key, and tied to the tenant it was issued for: tokens of another tenant
 * (after a switch) are never returned.
 */
@Injectable({ providedIn: 'root' })
export class TokenVault {
  private readonly device = inject(DeviceStore);
  private readonly box = inject(SecretBox);

  /** Stores `tokens` for `owner`. */
  async save(owner: string, tokens: TokenSet): Promise<void> {
    const stored: StoredTokens = { owner, sealed: await this.box.seal(JSON.stringify(tokens)) };
    await this.device.put('secrets', TOKENS_KEY, stored);
  }

  /** The tokens stored for `owner`, or null (none, another tenant's, or unreadable). */
  async load(owner: string): Promise<TokenSet | null> {
    const stored = await this.device.get<StoredTokens>('secrets', TOKENS_KEY);
    if (!stored || stored.owner !== owner) return null;
    try {
      return JSON.parse(await this.box.open(stored.sealed)) as TokenSet;
    } catch {
      return null;
    }
  }

  /** Deletes the tokens, the device key and every cache. */
  async wipe(): Promise<void> {
    await this.device.clear('secrets', 'cache');
    await this.box.destroyKey();
  }
}
