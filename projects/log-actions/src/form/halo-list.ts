import { type Signal, computed, resource } from '@angular/core';

/** A list read from Halo for a form: its items, and whether reading it failed. */
export interface HaloList<T> {
  /** The items (empty while loading or after a failure). */
  readonly items: Signal<readonly T[]>;
  /** True once the list for the current parameters is in. */
  readonly loaded: Signal<boolean>;
  /** True when Halo could not be read. */
  readonly failed: Signal<boolean>;
}

/**
 * Reads a list from Halo for a form (outcomes, statuses, a client's sites…), as signals, again
 * whenever `params` changes (the previous read is aborted). `params` returning undefined means
 * nothing to read: the list is empty. Call it in an injection context (a field of a component).
 *
 * @usageNotes
 * ```ts
 * protected readonly outcomes = haloList(() => true, (_, signal) => this.host.halo.outcomes({ signal }));
 * protected readonly sites = haloList(() => this.clientId() ?? undefined, (id, signal) => halo.sitesByClient(id, { signal }));
 * ```
 */
export function haloList<T, P>(
  params: () => P | undefined,
  load: (params: P, signal: AbortSignal) => Promise<readonly T[]>,
): HaloList<T> {
  const list = resource({
    params,
    loader: ({ params: p, abortSignal }) => load(p, abortSignal),
  });
  return {
    items: computed(() => (list.hasValue() ? list.value() : [])),
    loaded: computed(() => list.status() === 'resolved' || list.status() === 'local'),
    failed: computed(() => list.status() === 'error'),
  };
}
