import { defer, EMPTY, of, Subject, throwError } from 'rxjs';
import { abortableFirst } from './abortable-first';

describe('abortableFirst', () => {
  it('resolves with the first value and unsubscribes', async () => {
    const source = new Subject<number>();
    const first = abortableFirst(source);
    source.next(1);
    source.next(2);
    expect(await first).toBe(1);
    expect(source.observed).toBeFalse();
  });

  it('rejects with the error, or when the source ends without a value', async () => {
    await expectAsync(abortableFirst(throwError(() => new Error('no')))).toBeRejectedWithError(
      'no',
    );
    await expectAsync(abortableFirst(EMPTY)).toBeRejectedWithError(
      'The request ended without an answer.',
    );
  });

  it("unsubscribes and rejects with the signal's reason when it aborts", async () => {
    const source = new Subject<number>();
    const controller = new AbortController();
    const first = abortableFirst(source, controller.signal);
    const reason = new DOMException('another email', 'AbortError');
    controller.abort(reason);
    await expectAsync(first).toBeRejectedWith(reason);
    expect(source.observed).toBeFalse();
  });

  it('does not subscribe when the signal aborted already', async () => {
    const controller = new AbortController();
    controller.abort();
    let subscriptions = 0;
    const source = defer(() => {
      subscriptions++;
      return of(1);
    });
    await expectAsync(abortableFirst(source, controller.signal)).toBeRejectedWith(
      jasmine.objectContaining({ name: 'AbortError' }),
    );
    expect(subscriptions).toBe(0);
  });
});
