import { AppError } from '@halo-outlook/core';
import { type RawRecord, readObjects, readRef, readText } from '../parsing/read-field';
import { readSingle } from '../parsing/read-single';

/**
 * The outcome of a Halo write. `saved`: everything was stored. `partial`: Halo saved the record
 * but reported a problem on a 2xx answer (a `_warning`, or an attachment it answered with id 0) —
 * the record exists, part of the work did not happen, and `error` says what to do. A write that
 * failed outright rejects with an `AppError` instead.
 *
 * @usageNotes
 * ```ts
 * const result = await facade.createAction(input);
 * if (result.status === 'partial') banner.show(result.error); // never a silent success
 * const actionId = result.value.id;
 * ```
 */
export type HaloWriteResult<T> =
  | { readonly status: 'saved'; readonly value: T }
  | {
      readonly status: 'partial';
      readonly value: T;
      /** Halo's own words (`_warning`), or which attachments were not stored. */
      readonly warning: string;
      /** The problem, phrased for the user, with what to do next. */
      readonly error: AppError;
    };

/**
 * Reads a write answer (a single object, `[obj]` or `{ <key>: [obj] }`) into a
 * {@link HaloWriteResult}; throws an `AppError` when the answer holds no saved record.
 *
 * @param what the record in a user's words (`ticket`, `action`, `attachment`).
 */
export function readWriteResult<T>(
  body: unknown,
  key: string,
  what: string,
  parse: (raw: RawRecord) => T | null,
): HaloWriteResult<T> {
  const record = readSingle(body, key);
  const value = record === null ? null : parse(record);
  if (record === null || value === null) {
    throw new AppError({
      kind: 'server',
      message: `Halo did not return the saved ${what}.`,
      action: `Check in Halo whether the ${what} was saved before trying again.`,
      detail: `POST ${key}: unexpected answer`,
    });
  }
  const warning = writeWarning(record);
  if (warning === null) return { status: 'saved', value };
  return {
    status: 'partial',
    value,
    warning,
    error: new AppError({
      kind: 'server',
      message: `Halo saved the ${what} but reported a problem: ${warning}`,
      action: `Open the ${what} in Halo to see what is missing, then add it again (for example the attachment).`,
      detail: warning,
      retryable: true,
    }),
  };
}

/** Halo's `_warning` on a written record, plus any attachment it did not store (id 0). */
export function writeWarning(record: RawRecord): string | null {
  const problems: string[] = [];
  const warning = readText(record, '_warning');
  if (warning !== null) problems.push(warning);
  const refused = readObjects(record, 'attachments').filter((a) => readRef(a, 'id') === null);
  if (refused.length > 0 && warning === null) {
    const names = refused.map((a) => readText(a, 'filename') ?? 'an attachment').join(', ');
    problems.push(`Not stored: ${names}.`);
  }
  return problems.length === 0 ? null : problems.join(' ');
}
