import { Injectable, inject } from '@angular/core';
import { DeviceStore } from './device-store';

const KEY_ID = 'device-key';

/** A value encrypted with the device key: AES-GCM ciphertext and its 96-bit IV. */
export interface SealedSecret {
  /** The initialisation vector, unique per value. */
  readonly iv: Uint8Array;
  /** The ciphertext with its authentication tag. */
  readonly data: ArrayBuffer;
}

/**
 * Encrypts secrets at rest with AES-GCM under a **non-extractable** WebCrypto key that lives in
 * IndexedDB (CryptoKey objects are structured-cloneable): script can use the key on this device
 * but nobody can read it out, and a copy of the database holds no readable token.
 *
 * @usageNotes
 * ```ts
 * const sealed = await box.seal(refreshToken);
 * await device.put('secrets', 'refresh', sealed);
 * const token = await box.open(sealed);
 * ```
 */
@Injectable({ providedIn: 'root' })
export class SecretBox {
  private readonly device = inject(DeviceStore);
  private key: Promise<CryptoKey> | null = null;

  /** Encrypts `plaintext` with a fresh IV. */
  async seal(plaintext: string): Promise<SealedSecret> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      await this.deviceKey(),
      new TextEncoder().encode(plaintext),
    );
    return { iv, data };
  }

  /** Decrypts a value sealed on this device; rejects when the key or the data changed. */
  async open(sealed: SealedSecret): Promise<string> {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv as Uint8Array<ArrayBuffer> },
      await this.deviceKey(),
      sealed.data,
    );
    return new TextDecoder().decode(plain);
  }

  /** Forgets the device key: everything sealed so far can no longer be opened. */
  async destroyKey(): Promise<void> {
    this.key = null;
    await this.device.delete('secrets', KEY_ID);
  }

  private deviceKey(): Promise<CryptoKey> {
    this.key ??= this.loadOrCreateKey();
    this.key.catch(() => (this.key = null));
    return this.key;
  }

  private async loadOrCreateKey(): Promise<CryptoKey> {
    const stored = await this.device.get<CryptoKey>('secrets', KEY_ID);
    if (stored) return stored;
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    await this.device.put('secrets', KEY_ID, key);
    return key;
  }
}
