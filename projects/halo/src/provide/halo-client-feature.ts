import { InjectionToken, type Provider } from '@angular/core';
import type { HaloClientOptions } from '../http/halo-client-options';
import {
  HALO_ENVIRONMENT,
  BROWSER_ENVIRONMENT,
  type HaloEnvironment,
} from '../http/halo-environment';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../http/retry-policy';

/** The kinds of {@link HaloClientFeature}. */
export type HaloClientFeatureKind = 'retry-policy' | 'sender-cache' | 'environment';

/** A feature of `provideHaloClient(...)`, made by a `with…()` function. */
export interface HaloClientFeature {
  /** Which feature it is. */
  readonly kind: HaloClientFeatureKind;
  /** The providers it adds. */
  readonly providers: readonly Provider[];
}

/** Option changes contributed by features, merged over the defaults in order. */
export const HALO_CLIENT_OPTION_CHANGES = new InjectionToken<readonly Partial<HaloClientOptions>[]>(
  'HALO_CLIENT_OPTION_CHANGES',
);

/**
 * Sets how 429 (rate limited) answers are retried; unset fields keep {@link DEFAULT_RETRY_POLICY}.
 *
 * @usageNotes
 * ```ts
 * provideHaloClient(withRetryPolicy({ maxRetries: 2, maxTotalWaitMs: 5000 }));
 * ```
 */
export function withRetryPolicy(policy: Partial<RetryPolicy>): HaloClientFeature {
  const retry = { ...DEFAULT_RETRY_POLICY, ...policy };
  return {
    kind: 'retry-policy',
    providers: [{ provide: HALO_CLIENT_OPTION_CHANGES, multi: true, useValue: { retry } }],
  };
}

/**
 * Sets how long a cached sender lookup counts as fresh (default 5 minutes); older answers are
 * still returned at once and refreshed in the background.
 *
 * @usageNotes
 * ```ts
 * provideHaloClient(withSenderCache({ maxAgeMs: 60_000 }));
 * ```
 */
export function withSenderCache(options: { readonly maxAgeMs: number }): HaloClientFeature {
  return {
    kind: 'sender-cache',
    providers: [
      {
        provide: HALO_CLIENT_OPTION_CHANGES,
        multi: true,
        useValue: { senderMaxAgeMs: options.maxAgeMs },
      },
    ],
  };
}

/**
 * Replaces parts of the browser environment the client reads (online state, origin, clock,
 * jitter, waits). Meant for tests and the workbench.
 *
 * @usageNotes
 * ```ts
 * provideHaloClient(withEnvironment({ isOnline: () => false, wait: () => of(0), random: () => 0.5 }));
 * ```
 */
export function withEnvironment(environment: Partial<HaloEnvironment>): HaloClientFeature {
  return {
    kind: 'environment',
    providers: [
      { provide: HALO_ENVIRONMENT, useValue: { ...BROWSER_ENVIRONMENT, ...environment } },
    ],
  };
}
