import type { Freshness } from '../cache/stale-while-revalidate-cache';

/** Options of a facade call. */
export interface HaloCallOptions {
  /** Aborting it cancels the call (and its HTTP request when nobody else shares it). */
  readonly signal?: AbortSignal;
}

/** Options of a facade sender lookup (users by e-mail, clients and sites by domain). */
export interface HaloLookupOptions extends HaloCallOptions {
  /**
   * `cached` (default): a cached answer at once, refreshed in the background when stale;
   * `fresh`: wait for Halo's current answer.
   */
  readonly freshness?: Freshness;
}
