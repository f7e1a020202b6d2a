import { inject } from '@angular/core';
import { AppError, DiagnosticsLog } from '@halo-outlook/core';
import { patchState, signalStore, withMethods, withProps, withState } from '@ngrx/signals';
import { Notice, NoticeOptions } from './notice';

interface NoticeState {
  readonly notice: Notice | null;
}

/**
 * The failure banner's state: one notice at a time, the newest winning. A notice says what
 * happened and what to do (the `AppError`'s `message` and `action`), and may offer Retry (when a
 * retry is given and can help) or Sign in (when Halo no longer accepts the session). The view
 * underneath stays as it is.
 *
 * @usageNotes
 * ```ts
 * const notices = inject(NoticeStore);
 * try { await load(); } catch (e) { notices.show(toAppError(e), { retry: () => load(), source: 'pane' }); }
 * notices.dismiss('pane'); // once the work succeeded
 * ```
 */
export const NoticeStore = signalStore(
  { providedIn: 'root' },
  withState<NoticeState>({ notice: null }),
  withProps(() => ({ _log: inject(DiagnosticsLog), _next: { id: 0 } })),
  withMethods((store) => ({
    /** Shows `error` in the banner, replacing any notice on show. */
    show(error: AppError, options: NoticeOptions = {}): void {
      const retryAt =
        error.kind === 'rate-limited' && error.retryAfterMs !== undefined
          ? Date.now() + error.retryAfterMs
          : null;
      const notice: Notice = {
        id: ++store._next.id,
        error,
        retry: options.retry && error.retryable ? options.retry : null,
        source: options.source ?? null,
        retryAt,
        offersSignIn: error.kind === 'unauthorized',
      };
      patchState(store, { notice });
      store._log.record('notice', 'info', `Shown: ${error.message}`, {
        kind: error.kind,
        source: notice.source,
      });
    },

    /** Hides the notice; with `source`, only a notice shown by that source. */
    dismiss(source?: string): void {
      const notice = store.notice();
      if (!notice || (source !== undefined && notice.source !== source)) return;
      patchState(store, { notice: null });
    },

    /** Runs the notice's retry and hides it (a new failure shows a new notice). */
    retry(): void {
      const notice = store.notice();
      if (!notice?.retry) return;
      patchState(store, { notice: null });
      notice.retry();
    },
  })),
);

/** The instance type of {@link NoticeStore}. */
export type NoticeStore = InstanceType<typeof NoticeStore>;
