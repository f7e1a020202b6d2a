/** One request the simulator received on `/api` or `/auth` (admin `/_sim` calls are not logged). */
export interface RequestLogEntry {
  /** 1-based sequence number since start (or the last clear). */
  seq: number;
  method: string;
  /** Path as sent (case preserved), without the query. */
  path: string;
  /** Query parameters as sent. */
  query: Record<string, string>;
  /** ISO time the request arrived. */
  time: string;
  /** Response status; null while in flight or when the connection was dropped. */
  status: number | null;
  /** Latency the simulator added (configured latency plus any fault delay), in ms. */
  delayMs: number;
  /** Id of the fault that hit this request, if any. */
  fault: string | null;
  /** The request's Origin header, if any. */
  origin: string | null;
}

/** Filter for {@link RequestLog.list}. */
export interface RequestLogFilter {
  /** HTTP method, case-insensitive. */
  method?: string;
  /** Path prefix (case-insensitive string) or a regular expression tested against the path. */
  path?: string | RegExp;
}

/** The request log: counts round trips for tests and benchmarks. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  /** Starts an entry for an arriving request. */
  start(
    method: string,
    path: string,
    query: Record<string, string>,
    origin: string | null,
  ): RequestLogEntry {
    const entry: RequestLogEntry = {
      seq: ++this.seq,
      method,
      path,
      query,
      time: new Date().toISOString(),
      status: null,
      delayMs: 0,
      fault: null,
      origin,
    };
    this.entries.push(entry);
    return entry;
  }

  /** Copies of the entries, optionally filtered. */
  list(filter: RequestLogFilter = {}): RequestLogEntry[] {
    return this.entries
      .filter((e) => !filter.method || e.method.toUpperCase() === filter.method.toUpperCase())
      .filter((e) => {
        if (filter.path === undefined) return true;
        if (typeof filter.path === 'string')
          return e.path.toLowerCase().startsWith(filter.path.toLowerCase());
        return filter.path.test(e.path);
      })
      .map((e) => ({ ...e, query: { ...e.query } }));
  }

  /** Forgets every entry and restarts the sequence. */
  clear(): void {
    this.entries = [];
    this.seq = 0;
  }
}
