import type { ActiveFault, FaultSpec } from '../control/fault-rules.js';
import type { RequestLogEntry, RequestLogFilter } from '../control/request-log.js';
import type { HaloVariants, LatencyOptions, RateLimitOptions } from './simulator-options.js';

/** A token issued directly by {@link SimulatorControl.issueToken}. */
export interface IssuedToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token?: string;
  scope: string;
}

/** Options of {@link SimulatorControl.issueToken}. */
export interface IssueTokenOptions {
  /** Agent login (default `alex`) or agent id. */
  agent?: string | number;
  /** Space-separated scopes (default `all offline_access`). */
  scope?: string;
  /** Access-token lifetime (default: the simulator's). */
  ttlSeconds?: number;
}

/** Test and benchmark controls of a running simulator (mirrored over HTTP under `/_sim`). */
export interface SimulatorControl {
  /** Sets the latency of every `/api` and `/auth` request. */
  setLatency(latency: LatencyOptions): void;
  /** Current latency. */
  getLatency(): LatencyOptions;
  /** Arms a fault; returns it (with its id). Throws on an invalid spec. */
  injectFault(spec: FaultSpec): ActiveFault;
  /** Armed faults. */
  faults(): ActiveFault[];
  /** Disarms every fault. */
  clearFaults(): void;
  /** Requests received (method, path, query, time, status, added delay, fault), optionally filtered. */
  requestLog(filter?: RequestLogFilter): RequestLogEntry[];
  /** Forgets the request log. */
  clearLog(): void;
  /** Changes (or with false, removes) the rate limit and forgets counted requests. */
  setRateLimit(limit: RateLimitOptions | false): void;
  /**
   * Switches Halo behaviour variants from now on (all but `corsOnAuth`, which is read at
   * start-up); returns the variants in effect. Throws on an unknown variant or value.
   */
  setVariants(changes: Partial<HaloVariants>): HaloVariants;
  /** Re-seeds the data and restores the start-up latency, rate limit and variants; clears faults and the log. Tokens stay valid. */
  reset(): void;
  /** Issues a token without the browser flow (for e2e setup and benchmarks). */
  issueToken(options?: IssueTokenOptions): IssuedToken;
}
