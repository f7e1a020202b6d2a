import { InjectionToken, inject } from '@angular/core';
import { AppError } from '../errors/app-error';
import { OfficeRoamingSettings } from '../office/office-api';
import { officeCall } from '../office/office-call';
import { OFFICE } from '../office/office-token';

/** The one roaming-settings key under which core keeps its record. */
export const ROAMING_KEY = 'halo-outlook';

/**
 * Where the roaming record lives: Office roaming settings inside Office, `localStorage` in a
 * browser. `write` persists the whole record or rejects with an `AppError`, leaving the previous
 * one in place.
 */
export interface RoamingBackend {
  /** The stored record (empty when nothing was saved yet). */
  read(): Record<string, unknown>;
  /** Replaces the stored record. */
  write(record: Record<string, unknown>): Promise<void>;
}

/** Office roaming settings: set in memory, then `saveAsync`; a failed save is rolled back. */
export function officeRoamingBackend(settings: OfficeRoamingSettings): RoamingBackend {
  return {
    read: () => asRecord(settings.get(ROAMING_KEY)),
    async write(record) {
      const previous = settings.get(ROAMING_KEY);
      settings.set(ROAMING_KEY, record);
      try {
        await officeCall<unknown>('save your settings to your mailbox', (cb) =>
          settings.saveAsync(cb),
        );
      } catch (error) {
        if (previous === undefined || previous === null) settings.remove(ROAMING_KEY);
        else settings.set(ROAMING_KEY, previous);
        throw new AppError({
          kind: 'office',
          message: 'Outlook could not save your settings to your mailbox.',
          action: 'Check your connection and try again; nothing you entered was lost.',
          detail: error instanceof AppError ? error.detail : String(error),
          retryable: true,
          cause: error,
        });
      }
    },
  };
}

/**
 * `localStorage` under the same key, for a browser outside Office. The storage is reached only
 * when used, inside error handling: where the browser blocks site data (a third-party frame with
 * storage partitioning off, strict privacy settings), merely reading `localStorage` throws, and
 * the pane must still start, with empty settings.
 */
export function localRoamingBackend(
  storage: () => Storage = () => globalThis.localStorage,
): RoamingBackend {
  return {
    read() {
      try {
        return asRecord(JSON.parse(storage().getItem(ROAMING_KEY) ?? '{}'));
      } catch {
        return {};
      }
    },
    async write(record) {
      try {
        storage().setItem(ROAMING_KEY, JSON.stringify(record));
      } catch (error) {
        throw new AppError({
          kind: 'unknown',
          message: 'This browser could not save your settings.',
          action: 'Allow site data for this add-in in the browser settings, then try again.',
          detail: String(error),
          cause: error,
        });
      }
    },
  };
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? { ...(value as Record<string, unknown>) }
    : {};
}

/** The roaming backend in use: Office roaming settings inside Office, `localStorage` otherwise. */
export const ROAMING_BACKEND = new InjectionToken<RoamingBackend>('ROAMING_BACKEND', {
  providedIn: 'root',
  factory: () => {
    const office = inject(OFFICE);
    return office ? officeRoamingBackend(office.context.roamingSettings) : localRoamingBackend();
  },
});
