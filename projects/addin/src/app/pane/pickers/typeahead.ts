import { type AppError, toAppError } from '@halo-outlook/core';
import {
  type OperatorFunction,
  catchError,
  concat,
  debounce,
  distinctUntilChanged,
  map,
  of,
  pipe,
  switchMap,
  timer,
} from 'rxjs';
import { fromAbortable } from '../from-abortable';

/** Where a type-ahead search stands. */
export type TypeaheadState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'searching'; readonly text: string }
  | { readonly status: 'done'; readonly text: string; readonly options: readonly T[] }
  | { readonly status: 'failed'; readonly text: string; readonly error: AppError };

/** How a type-ahead waits for the agent. */
export interface TypeaheadOptions {
  /** Fewer characters than this ask nothing (default 2). */
  readonly minLength?: number;
  /** How long typing must pause before Halo is asked (default 250 ms). */
  readonly debounceMs?: number;
}

/**
 * Turns what the agent types into search states: nothing is asked below `minLength` characters,
 * Halo is asked once typing pauses, and a newer text cancels the older search (its request is
 * aborted, its late answer dropped). A failure is a state, not an error, so the field keeps working.
 *
 * @usageNotes
 * `control.valueChanges.pipe(typeahead((text, signal) => halo.searchClients(text, { signal })))`
 */
export function typeahead<T>(
  search: (text: string, signal: AbortSignal) => Promise<readonly T[]>,
  options: TypeaheadOptions = {},
): OperatorFunction<string, TypeaheadState<T>> {
  const minLength = options.minLength ?? 2;
  const debounceMs = options.debounceMs ?? 250;
  return pipe(
    map((text) => text.trim()),
    distinctUntilChanged(),
    debounce((text) => timer(text.length < minLength ? 0 : debounceMs)),
    switchMap((text): ReturnType<OperatorFunction<string, TypeaheadState<T>>> => {
      if (text.length < minLength) return of({ status: 'idle' });
      return concat(
        of<TypeaheadState<T>>({ status: 'searching', text }),
        fromAbortable((signal) => search(text, signal)).pipe(
          map((found): TypeaheadState<T> => ({ status: 'done', text, options: found })),
          catchError((error: unknown) =>
            of<TypeaheadState<T>>({ status: 'failed', text, error: toAppError(error) }),
          ),
        ),
      );
    }),
  );
}
