import type { HttpEvent } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { type Observable, finalize, share } from 'rxjs';

/**
 * The Halo GETs under way, keyed by URL: a second identical GET joins the first instead of going to
 * the network. The request is cancelled only when every caller has unsubscribed (or aborted).
 */
@Injectable()
export class InFlightRequests {
  private readonly pending = new Map<string, Observable<HttpEvent<unknown>>>();

  /** How many distinct GETs are under way. */
  get size(): number {
    return this.pending.size;
  }

  /** Joins the request under `key`, or starts it with `start` when none is under way. */
  join(key: string, start: () => Observable<HttpEvent<unknown>>): Observable<HttpEvent<unknown>> {
    const existing = this.pending.get(key);
    if (existing !== undefined) return existing;
    const shared = start().pipe(
      finalize(() => this.pending.delete(key)),
      share(),
    );
    this.pending.set(key, shared);
    return shared;
  }
}
