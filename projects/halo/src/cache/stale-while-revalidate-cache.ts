import { Injectable, inject } from '@angular/core';
import { DiagnosticsLog } from '@halo-outlook/core';
import { HALO_ENVIRONMENT } from '../http/halo-environment';

/** How fresh a cached answer must be. */
export type Freshness = 'cached' | 'fresh';

interface Entry {
  readonly value: unknown;
  readonly storedAt: number;
}

/**
 * Stale-while-revalidate memory for sender lookups (users by e-mail, clients and sites by domain):
 * a cached answer comes back at once; when it is older than `maxAgeMs` it is also refreshed in the
 * background, so the next call sees the new answer. Asking for `fresh` waits for the network (and
 * joins a background refresh already under way instead of starting another).
 */
@Injectable()
export class StaleWhileRevalidateCache {
  private readonly env = inject(HALO_ENVIRONMENT);
  private readonly log = inject(DiagnosticsLog);
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<unknown>>();

  /**
   * The value under `key`.
   *
   * @param load fetches the value; called when nothing is cached, when the entry is stale
   *   (in the background), or when `freshness` is `fresh`.
   */
  async get<T>(
    key: string,
    load: () => Promise<T>,
    maxAgeMs: number,
    freshness: Freshness = 'cached',
  ): Promise<T> {
    const entry = this.entries.get(key);
    if (entry === undefined || freshness === 'fresh') return this.refresh(key, load);
    if (this.env.now() - entry.storedAt > maxAgeMs && !this.loading.has(key)) {
      this.refresh(key, load).catch((error: unknown) =>
        this.log.record('halo.cache', 'warn', `Background refresh of ${key} failed`, {
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    }
    return entry.value as T;
  }

  /** The cached value under `key` without loading anything, or `undefined`. */
  peek<T>(key: string): T | undefined {
    return this.entries.get(key)?.value as T | undefined;
  }

  /** Forgets every entry whose key starts with `prefix` (all entries without one). */
  invalidate(prefix = ''): void {
    for (const key of [...this.entries.keys()]) {
      if (key.startsWith(prefix)) this.entries.delete(key);
    }
  }

  private refresh<T>(key: string, load: () => Promise<T>): Promise<T> {
    const running = this.loading.get(key);
    if (running !== undefined) return running as Promise<T>;
    const loading = load()
      .then((value) => {
        this.entries.set(key, { value, storedAt: this.env.now() });
        return value;
      })
      .finally(() => this.loading.delete(key));
    this.loading.set(key, loading);
    return loading;
  }
}
