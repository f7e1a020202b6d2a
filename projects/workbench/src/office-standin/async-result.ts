/** An Office error: the `error` of a failed `Office.AsyncResult`. */
export interface OfficeError {
  /** Office's error name, e.g. `InvalidAttachmentId`. */
  readonly name: string;
  /** A sentence a person can read. */
  readonly message: string;
  /** Office's numeric code. */
  readonly code: number;
}

/** The object Office passes to every async callback. */
export interface AsyncResultLike<T> {
  readonly status: 'succeeded' | 'failed';
  readonly value: T | undefined;
  readonly error: OfficeError | undefined;
  readonly asyncContext: unknown;
  readonly diagnostics?: unknown;
}

/** The `(options?, callback?)` tail that most Office async methods accept. */
export interface AsyncArgs<O> {
  /** The options object (or `{}`). */
  readonly options: O & { asyncContext?: unknown };
  /** The callback, when given. */
  readonly callback: ((result: AsyncResultLike<unknown>) => void) | undefined;
}

/**
 * Reads Office's optional `options, callback` arguments: either may be left out, and a function
 * in the options position is the callback.
 */
export function readAsyncArgs<O extends object>(args: readonly unknown[]): AsyncArgs<O> {
  const [first, second] = args;
  if (typeof first === 'function') {
    return { options: {} as O, callback: first as AsyncArgs<O>['callback'] };
  }
  return {
    options: (first && typeof first === 'object' ? first : {}) as O,
    callback: typeof second === 'function' ? (second as AsyncArgs<O>['callback']) : undefined,
  };
}

/** A succeeded result. */
export function succeeded<T>(value: T, asyncContext: unknown): AsyncResultLike<T> {
  return { status: 'succeeded', value, error: undefined, asyncContext };
}

/** A failed result (Office leaves `value` undefined). */
export function failed(error: OfficeError, asyncContext: unknown): AsyncResultLike<never> {
  return { status: 'failed', value: undefined, error: { ...error }, asyncContext };
}

/**
 * Calls an Office callback the way Office does: later, never synchronously, and never letting an
 * exception thrown by the add-in's callback escape into the stand-in.
 */
export function deliver<T>(
  callback: ((result: AsyncResultLike<T>) => void) | undefined,
  result: AsyncResultLike<T>,
): void {
  if (!callback) return;
  setTimeout(() => callback(result), 0);
}
