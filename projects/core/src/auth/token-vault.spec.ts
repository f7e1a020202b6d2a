import { TestBed } from '@angular/core/testing';
import { deleteDB, openDB } from 'idb';
import { DEVICE_DB_NAME, DeviceStore } from '../storage/device-store';
import { TokenVault } from './token-vault';

const ACCESS = 'eyJhbGciOiJSUzI1NiJ9.access-token-value.sig';
const REFRESH = 'refresh-token-7f3a9c1e5b';

describe('TokenVault (encryption at rest)', () => {
  let dbName: string;

  beforeEach(() => {
    dbName = `token-vault-spec-${Math.random()}`;
    TestBed.configureTestingModule({ providers: [{ provide: DEVICE_DB_NAME, useValue: dbName }] });
  });

  afterEach(async () => {
    await TestBed.inject(DeviceStore).close();
    await deleteDB(dbName);
  });

  /** Every byte IndexedDB holds for the tokens, read with a separate connection. */
  async function storedBytes(): Promise<{ text: string; key: CryptoKey }> {
    const db = await openDB(dbName);
    const stored = (await db.get('secrets', 'tokens')) as {
      owner: string;
      sealed: { iv: Uint8Array; data: ArrayBuffer };
    };
    const key = (await db.get('secrets', 'device-key')) as CryptoKey;
    db.close();
    const bytes = [...new Uint8Array(stored.sealed.data), ...stored.sealed.iv];
    const text =
      JSON.stringify(stored) +
      String.fromCharCode(...bytes) +
      new TextDecoder('utf-8').decode(new Uint8Array(bytes));
    return { text, key };
  }

  it('stores the tokens so that the stored bytes contain neither token', async () => {
    const vault = TestBed.inject(TokenVault);
    const tokens = { accessToken: ACCESS, refreshToken: REFRESH, expiresAt: 1, scope: 'all' };
    await vault.save('https://acme.halopsa.com client-1', tokens);

    const { text, key } = await storedBytes();
    expect(text).not.toContain(REFRESH);
    expect(text).not.toContain('7f3a9c1e5b');
    expect(text).not.toContain('access-token-value');
    expect(await vault.load('https://acme.halopsa.com client-1')).toEqual(tokens);

    expect(key.extractable).toBeFalse();
    expect(key.algorithm.name).toBe('AES-GCM');
    await expectAsync(crypto.subtle.exportKey('raw', key)).toBeRejected();
  });

  it('never returns another tenant’s tokens', async () => {
    const vault = TestBed.inject(TokenVault);
    await vault.save('https://acme.halopsa.com client-1', {
      accessToken: ACCESS,
      refreshToken: REFRESH,
      expiresAt: 1,
      scope: null,
    });
    expect(await vault.load('https://other.halopsa.com client-1')).toBeNull();
  });

  it('after a wipe nothing can be read back', async () => {
    const vault = TestBed.inject(TokenVault);
    await vault.save('t', {
      accessToken: ACCESS,
      refreshToken: REFRESH,
      expiresAt: 1,
      scope: null,
    });
    await vault.wipe();
    expect(await vault.load('t')).toBeNull();
    expect(await TestBed.inject(DeviceStore).keys('secrets')).toEqual([]);
  });
});
