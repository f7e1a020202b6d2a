import { type Observable, Subscription, take } from 'rxjs';

/**
 * The first value of `source` as a Promise. Aborting `signal` unsubscribes (which cancels an HTTP
 * request under way) and rejects with the signal's reason, as `fetch` does; a signal aborted
 * already rejects at once, without subscribing. A source that completes without a value rejects.
 *
 * @usageNotes
 * `const body = await abortableFirst(http.get<Body>(url), options.signal);`
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
        complete: () => reject(new Error('The request ended without an answer.')),
      }),
    );
  });
}

function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}
