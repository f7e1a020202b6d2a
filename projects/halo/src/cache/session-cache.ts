import { Injectable } from '@angular/core';

/**
 * Answers kept for the whole session (reference data: ticket types, statuses, outcomes, …). The
 * first caller's load is shared by every caller until it settles; a failed load is forgotten, so
 * the next caller tries again.
 */
@Injectable()
export class SessionCache {
  private readonly entries = new Map<string, Promise<unknown>>();

  /** The value under `key`, loading it with `load` the first time. */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key) as Promise<T> | undefined;
    if (cached !== undefined) return cached;
    const loading = load();
    this.entries.set(key, loading);
    loading.catch(() => {
      if (this.entries.get(key) === loading) this.entries.delete(key);
    });
    return loading;
  }

  /** Forgets every entry whose key starts with `prefix` (all entries without one). */
  clear(prefix = ''): void {
    for (const key of [...this.entries.keys()]) {
      if (key.startsWith(prefix)) this.entries.delete(key);
    }
  }
}
