import { AppError } from '@halo-outlook/core';

/** What {@link NoticeStore.show} may add to a failure. */
export interface NoticeOptions {
  /**
   * Tries the failed work again: the banner offers a Retry button, and a rate-limited failure
   * retries by itself when Halo's wait is over.
   */
  readonly retry?: () => unknown;
  /** Who showed it (`settings`, `pane`, a plugin id), so that only they dismiss it by source. */
  readonly source?: string;
}

/** A failure on show in the banner. */
export interface Notice {
  /** Distinguishes successive notices (a new notice restarts its countdown and announcement). */
  readonly id: number;
  /** The failure: its `message` and `action` are what the banner says. */
  readonly error: AppError;
  /** The retry, when there is one. */
  readonly retry: (() => unknown) | null;
  /** Who showed it. */
  readonly source: string | null;
  /** When a retry makes sense (epoch ms), for a rate-limited failure; else null. */
  readonly retryAt: number | null;
  /** True when signing in again is the way out (Halo no longer accepts the session). */
  readonly offersSignIn: boolean;
}
