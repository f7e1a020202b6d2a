import type OAuth2Server from '@node-oauth/oauth2-server';
import type { FaultRules } from '../control/fault-rules.js';
import type { RequestLog } from '../control/request-log.js';
import type { RollingRateLimiter } from '../control/rolling-rate-limiter.js';
import type { InMemoryOAuthModel } from '../oauth/in-memory-oauth-model.js';
import type { Prng } from '../seed/prng.js';
import type { HaloStore } from '../store/halo-store.js';
import type { LatencyOptions, ResolvedOptions } from './simulator-options.js';

/** Everything the routes and middleware of one running simulator share. */
export interface SimulatorContext {
  readonly options: ResolvedOptions;
  readonly store: HaloStore;
  readonly oauthModel: InMemoryOAuthModel;
  readonly oauthServer: OAuth2Server;
  readonly log: RequestLog;
  readonly faults: FaultRules;
  readonly rateLimiter: RollingRateLimiter;
  /** Jitter source (seeded, so runs are reproducible). */
  readonly jitter: Prng;
  /** Current latency (changed by `control.setLatency`). */
  latency: LatencyOptions;
  /** `http://127.0.0.1:<port>`, known once listening. */
  baseUrl: string;
}
