import type { WorkbenchHost } from '../host-contract/workbench-host';
import { deliver, failed, succeeded, type AsyncResultLike } from './async-result';
import { OFFICE_ERRORS } from './office-errors';

/** Office's limit for one add-in's roaming settings, per user: 32 KB. */
export const ROAMING_SETTINGS_LIMIT_BYTES = 32 * 1024;

/** `Office.context.roamingSettings`. */
export interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: AsyncResultLike<void>) => void): void;
}

/**
 * `Office.context.roamingSettings` with Office's semantics: the in-memory copy is what the mailbox
 * held when the pane was opened (a reload inside the pane starts from it again); `set` and
 * `remove` change only that copy, each value kept as its JSON; `saveAsync` persists the whole
 * set, or fails with 9057 when its JSON is over 32 KB (UTF-8), leaving the stored settings as they
 * were and the in-memory copy as the add-in made it.
 */
export function createRoamingSettings(host: WorkbenchHost): RoamingSettingsLike {
  const stored = JSON.parse(host.roamingSnapshot() || '{}') as Record<string, unknown>;
  const values = new Map<string, string>(
    Object.entries(stored).map(([name, value]) => [name, JSON.stringify(value)]),
  );
  return {
    get(name) {
      const json = values.get(name);
      return json === undefined ? undefined : JSON.parse(json);
    },
    set(name, value) {
      values.set(String(name), JSON.stringify(value ?? null));
    },
    remove(name) {
      values.delete(name);
    },
    saveAsync(callback) {
      const serialized = `{${[...values]
        .map(([name, json]) => `${JSON.stringify(name)}:${json}`)
        .join(',')}}`;
      const size = new TextEncoder().encode(serialized).length;
      if (size > ROAMING_SETTINGS_LIMIT_BYTES) {
        deliver(callback, failed(OFFICE_ERRORS.settingsTooLarge, undefined));
        return;
      }
      host.saveRoaming(serialized);
      deliver(callback, succeeded(undefined, undefined));
    },
  };
}
