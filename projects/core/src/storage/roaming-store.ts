import { Injectable, Signal, inject, signal } from '@angular/core';
import { AppError } from '../errors/app-error';
import { ROAMING_BACKEND, ROAMING_KEY } from './roaming-backend';

/** Office's limit for all roaming settings of an add-in, per user: 32 KB. */
export const ROAMING_BUDGET_BYTES = 32 * 1024;

/** How much of the roaming budget is used. */
export interface RoamingUsage {
  /** Bytes used by the serialised settings. */
  readonly usedBytes: number;
  /** The budget, {@link ROAMING_BUDGET_BYTES}. */
  readonly budgetBytes: number;
}

/**
 * Small settings that follow the user to every Outlook: tenant config and preferences. Inside
 * Office these are roaming settings (readable by anyone with access to the mailbox: **never
 * tokens**), in a browser `localStorage`. Every write is checked against the 32 KB budget before
 * it is saved and refused with an `AppError` rather than lose data; a failed save is reported and
 * the previous values stay.
 *
 * @usageNotes
 * ```ts
 * const roaming = inject(RoamingStore);
 * await roaming.set('prefs.defaultOutcome', 21);
 * const outcome = roaming.get<number>('prefs.defaultOutcome');
 * ```
 */
@Injectable({ providedIn: 'root' })
export class RoamingStore {
  private readonly backend = inject(ROAMING_BACKEND);
  private readonly record = signal<Readonly<Record<string, unknown>>>(
    Object.freeze(this.backend.read()),
  );

  /** All values, as a signal (for views that show settings). */
  readonly values: Signal<Readonly<Record<string, unknown>>> = this.record.asReadonly();

  /** The value stored under `key`, or undefined. */
  get<T>(key: string): T | undefined {
    return this.record()[key] as T | undefined;
  }

  /** Stores `value` under `key` and saves. Rejects with an `AppError` when over budget or unsaved. */
  set(key: string, value: unknown): Promise<void> {
    return this.update({ [key]: value });
  }

  /** Removes `key` and saves. */
  remove(key: string): Promise<void> {
    return this.update({ [key]: undefined });
  }

  /** Sets several keys at once (undefined removes), in one save. */
  async update(changes: Readonly<Record<string, unknown>>): Promise<void> {
    const next = Object.fromEntries(
      Object.entries({ ...this.record(), ...changes }).filter(([, value]) => value !== undefined),
    );
    const usedBytes = measureRoamingBytes(next);
    if (usedBytes > ROAMING_BUDGET_BYTES) {
      throw new AppError({
        kind: 'invalid-input',
        message: `These settings are too large to keep in your mailbox (${kb(usedBytes)} of ${kb(ROAMING_BUDGET_BYTES)}).`,
        action: 'Remove some remembered choices in Settings, then try again. Nothing was changed.',
        detail: `roaming settings would use ${usedBytes} bytes; keys: ${Object.keys(changes).join(', ')}`,
        retryable: false,
      });
    }
    await this.backend.write(next);
    this.record.set(Object.freeze(next));
  }

  /** How much of the 32 KB budget is used now. */
  usage(): RoamingUsage {
    return { usedBytes: measureRoamingBytes(this.record()), budgetBytes: ROAMING_BUDGET_BYTES };
  }
}

/**
 * The size Office accounts for a roaming record: its JSON under core's key, in UTF-8 bytes
 * (at least the character count Office measures, so the check errs on the safe side).
 */
export function measureRoamingBytes(record: Readonly<Record<string, unknown>>): number {
  return new TextEncoder().encode(JSON.stringify({ [ROAMING_KEY]: record })).length;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
