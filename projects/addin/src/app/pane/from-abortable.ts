import { Observable } from 'rxjs';

/**
 * An Observable of one asynchronous call that takes an `AbortSignal`: unsubscribing (a newer
 * request in a `switchMap`) aborts the call, and its late answer is never delivered.
 *
 * @usageNotes
 * `switchMap((id) => fromAbortable((signal) => halo.getTicket(id, { signal })))`
 */
export function fromAbortable<T>(call: (signal: AbortSignal) => Promise<T>): Observable<T> {
  return new Observable<T>((subscriber) => {
    const controller = new AbortController();
    call(controller.signal).then(
      (value) => {
        subscriber.next(value);
        subscriber.complete();
      },
      (error: unknown) => {
        if (!controller.signal.aborted) subscriber.error(error);
      },
    );
    return () => controller.abort();
  });
}
