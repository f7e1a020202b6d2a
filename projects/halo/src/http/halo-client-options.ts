import { InjectionToken } from '@angular/core';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';

/** Tunables of the Halo client, set through `provideHaloClient(with…())` features. */
export interface HaloClientOptions {
  /** How 429 answers are retried. */
  readonly retry: RetryPolicy;
  /**
   * How long a cached sender lookup (users by e-mail, clients and sites by domain) counts as fresh.
   * Older entries are still answered at once, and refreshed in the background.
   */
  readonly senderMaxAgeMs: number;
}

/** The defaults: {@link DEFAULT_RETRY_POLICY}, sender lookups fresh for 5 minutes. */
export const DEFAULT_HALO_CLIENT_OPTIONS: HaloClientOptions = {
  retry: DEFAULT_RETRY_POLICY,
  senderMaxAgeMs: 5 * 60_000,
};

/** DI token of the {@link HaloClientOptions}. */
export const HALO_CLIENT_OPTIONS = new InjectionToken<HaloClientOptions>('HALO_CLIENT_OPTIONS', {
  providedIn: 'root',
  factory: () => DEFAULT_HALO_CLIENT_OPTIONS,
});
