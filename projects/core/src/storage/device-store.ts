import { Injectable, InjectionToken, inject } from '@angular/core';
import { IDBPDatabase, openDB } from 'idb';
import { AppError } from '../errors/app-error';

/**
 * The areas of device storage: `secrets` (tokens, the device key), `cache` (Halo look-ups),
 * `outbox` (work waiting for Halo), `prefs` (device-only preferences).
 */
export type DeviceArea = 'secrets' | 'cache' | 'outbox' | 'prefs';

const AREAS: readonly DeviceArea[] = ['secrets', 'cache', 'outbox', 'prefs'];

/** The IndexedDB database name core uses (tests give their own to stay isolated). */
export const DEVICE_DB_NAME = new InjectionToken<string>('DEVICE_DB_NAME', {
  providedIn: 'root',
  factory: () => 'halo-outlook',
});

/**
 * Storage that stays on this device (IndexedDB, in Office and in a browser alike): tokens, caches
 * and the outbox. Values are structured-cloned, so `CryptoKey`, `ArrayBuffer` and `Blob` work.
 * Failures become `AppError`s saying the browser refused site data.
 *
 * @usageNotes
 * ```ts
 * const device = inject(DeviceStore);
 * await device.put('cache', 'users:alice', rows);
 * const rows = await device.get<Row[]>('cache', 'users:alice');
 * ```
 */
@Injectable({ providedIn: 'root' })
export class DeviceStore {
  private readonly name = inject(DEVICE_DB_NAME);
  private db: Promise<IDBPDatabase> | null = null;

  /** The value under `key` in `area`, or undefined. */
  async get<T>(area: DeviceArea, key: string): Promise<T | undefined> {
    return this.run(async (db) => (await db.get(area, key)) as T | undefined);
  }

  /** Stores `value` under `key` in `area`. */
  async put(area: DeviceArea, key: string, value: unknown): Promise<void> {
    await this.run((db) => db.put(area, value, key));
  }

  /** Deletes `key` from `area`. */
  async delete(area: DeviceArea, key: string): Promise<void> {
    await this.run((db) => db.delete(area, key));
  }

  /** Every key of `area`. */
  async keys(area: DeviceArea): Promise<string[]> {
    return this.run(async (db) => (await db.getAllKeys(area)).map(String));
  }

  /** Empties the given areas in one transaction. */
  async clear(...areas: DeviceArea[]): Promise<void> {
    await this.run(async (db) => {
      const tx = db.transaction(areas, 'readwrite');
      await Promise.all([...areas.map((area) => tx.objectStore(area).clear()), tx.done]);
    });
  }

  /** Closes the connection (tests, or before deleting the database). */
  async close(): Promise<void> {
    const db = this.db;
    this.db = null;
    if (db) (await db.catch(() => null))?.close();
  }

  private async run<T>(work: (db: IDBPDatabase) => Promise<T>): Promise<T> {
    try {
      return await work(await this.open());
    } catch (error) {
      throw new AppError({
        kind: 'unknown',
        message: 'This device refused to store the add-in’s data.',
        action:
          'Allow site data for this add-in (private browsing and some policies block it), then try again.',
        detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        cause: error,
      });
    }
  }

  private open(): Promise<IDBPDatabase> {
    this.db ??= openDB(this.name, 1, {
      // Another tab or a test deletes or upgrades the database: let it, reopen on next use.
      blocking: () => void this.close(),
      upgrade(db) {
        for (const area of AREAS)
          if (!db.objectStoreNames.contains(area)) db.createObjectStore(area);
      },
    });
    this.db.catch(() => (this.db = null));
    return this.db;
  }
}
