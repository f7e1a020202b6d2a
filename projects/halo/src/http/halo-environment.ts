import { InjectionToken } from '@angular/core';
import { type Observable, timer } from 'rxjs';

/**
 * The facts and clocks the client reads from the browser, injectable so tests can pin them:
 * whether the browser is online, the add-in's origin (named in the CORS hint), the clock, the
 * randomness of backoff jitter and how a wait is made.
 */
export interface HaloEnvironment {
  /** True when the browser believes it is online (`navigator.onLine`). */
  readonly isOnline: () => boolean;
  /** The add-in's web origin (`location.origin`): what Halo's CORS list must contain. */
  readonly origin: () => string;
  /** The current time in ms since the epoch. */
  readonly now: () => number;
  /** A number in `[0, 1)` for backoff jitter. */
  readonly random: () => number;
  /** Emits once after `ms` milliseconds (the backoff wait). */
  readonly wait: (ms: number) => Observable<unknown>;
  /**
   * Whether the server at `url` answers at all, asked after a request failed with no status: a
   * `no-cors` request succeeds when the server is up (so CORS refused this origin) and fails when
   * it is down or unreachable.
   */
  readonly reachable: (url: string) => Promise<boolean>;
}

/** The environment of a real browser. */
export const BROWSER_ENVIRONMENT: HaloEnvironment = {
  isOnline() {
    return navigator.onLine;
  },
  origin() {
    return location.origin;
  },
  now() {
    return Date.now();
  },
  random() {
    return Math.random();
  },
  wait(ms) {
    return timer(ms);
  },
  reachable(url) {
    return fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' }).then(
      () => true,
      () => false,
    );
  },
};

/** DI token of the {@link HaloEnvironment}; set it with `withEnvironment(...)`. */
export const HALO_ENVIRONMENT = new InjectionToken<HaloEnvironment>('HALO_ENVIRONMENT', {
  providedIn: 'root',
  factory: () => BROWSER_ENVIRONMENT,
});
