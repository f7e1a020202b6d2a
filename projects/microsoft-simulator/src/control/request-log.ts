/** Who called Graph: what the access token said (null when there was no valid token). */
export interface TokenSummary {
  /** `preferred_username` of the signed-in user. */
  readonly user: string;
  /** Object id of the user (`oid`). */
  readonly oid: string;
  /** Tenant id (`tid`). */
  readonly tenantId: string;
  /** The app the token was issued to. */
  readonly clientId: string;
  /** Granted Graph permissions (`scp`), short form, e.g. `['Mail.Read', 'User.Read']`. */
  readonly scopes: readonly string[];
}

/** Which part of the simulator a request went to. */
export type RequestArea = 'identity' | 'graph';

/** One request the simulator received (admin `/_ms` calls are not logged). */
export interface MicrosoftRequestLogEntry {
  /** 1-based sequence number since start (or the last clear). */
  seq: number;
  area: RequestArea;
  method: string;
  /** Path as sent, without the query (e.g. `/graph/v1.0/me/messages`). */
  path: string;
  /** Query parameters as sent (decoded). */
  query: Record<string, string>;
  /** ISO time the request arrived. */
  time: string;
  /** Response status; null while in flight. */
  status: number | null;
  /** The request's Origin header, if any. */
  origin: string | null;
  /** Graph only: the caller's token, when it was valid. */
  token: TokenSummary | null;
}

/** Filter for {@link MicrosoftRequestLog.list}. */
export interface MicrosoftRequestLogFilter {
  area?: RequestArea;
  /** HTTP method, case-insensitive. */
  method?: string;
  /** Path prefix (case-sensitive, like Graph ids) or a regular expression tested against the path. */
  path?: string | RegExp;
}

/** The request log: lets tests assert which Graph calls an app made, with which token. */
export class MicrosoftRequestLog {
  private entries: MicrosoftRequestLogEntry[] = [];
  private seq = 0;

  /** Starts an entry for an arriving request. */
  start(
    area: RequestArea,
    method: string,
    path: string,
    query: Record<string, string>,
    origin: string | null,
  ): MicrosoftRequestLogEntry {
    const entry: MicrosoftRequestLogEntry = {
      seq: ++this.seq,
      area,
      method,
      path,
      query,
      time: new Date().toISOString(),
      status: null,
      origin,
      token: null,
    };
    this.entries.push(entry);
    return entry;
  }

  /** Copies of the entries, optionally filtered. */
  list(filter: MicrosoftRequestLogFilter = {}): MicrosoftRequestLogEntry[] {
    return this.entries
      .filter((e) => !filter.area || e.area === filter.area)
      .filter((e) => !filter.method || e.method.toUpperCase() === filter.method.toUpperCase())
      .filter((e) => {
        if (filter.path === undefined) return true;
        return typeof filter.path === 'string'
          ? e.path.startsWith(filter.path)
          : filter.path.test(e.path);
      })
      .map((e) => ({ ...e, query: { ...e.query } }));
  }

  /** Forgets every entry and restarts the sequence. */
  clear(): void {
    this.entries = [];
    this.seq = 0;
  }
}
