import { type Observable, Subscription, take } from 'rxjs';

/**
 * The first value of `source` as a Promise. Aborting `signal` unsubscribes (which cancels an HTTP
 * request under way) and rejects with the signal's reason, as `fetch` does.
 */
export function abortableFirst<T>(source: Observable<T>, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const subscription = new Subscription();
    const onAbort = () => {
      subscription.unsubscribe();
      reject(abortReason(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    subscription.add(() => signal?.removeEventListener('abort', onAbort));
    subscription.add(
      source.pipe(take(1)).subscribe({
        next: (value) => {
          resolve(value);
          subscription.unsubscribe();
        },
        error: (error: unknown) => {
          reject(error);
          subscription.unsubscribe();
        },
        complete: () => reject(new Error('Halo answered nothing.')),
      }),
    );
  });
}

/**
 * Waits for `promise`, but rejects at once with the signal's reason when `signal` aborts first
 * (the work behind a shared promise, such as a cache load, carries on for its other callers).
 */
export function abortablePromise<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}
