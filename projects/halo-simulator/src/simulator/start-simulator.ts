import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import OAuth2Server from '@node-oauth/oauth2-server';
import { createControl } from '../control/create-control.js';
import { FaultRules } from '../control/fault-rules.js';
import { RequestLog } from '../control/request-log.js';
import { RollingRateLimiter } from '../control/rolling-rate-limiter.js';
import { InMemoryOAuthModel } from '../oauth/in-memory-oauth-model.js';
import { AGENT_PASSWORD } from '../seed/fixed-records.js';
import { Prng } from '../seed/prng.js';
import type { HaloData } from '../store/halo-data.js';
import { HaloStore } from '../store/halo-store.js';
import { createApp } from './create-app.js';
import type { SimulatorContext } from './simulator-context.js';
import type { SimulatorControl } from './simulator-control.js';
import {
  type ResolvedOptions,
  type SimulatorOptions,
  resolveOptions,
} from './simulator-options.js';

/** A seeded agent that can sign in on the login page. */
export interface AgentLogin {
  id: number;
  login: string;
  password: string;
  name: string;
  email: string;
  /** Disabled agents cannot sign in (kept for negative tests). */
  disabled: boolean;
}

/** A started simulator. */
export interface RunningSimulator {
  /** Base URL, e.g. `http://127.0.0.1:4300` (API at `/api`, auth at `/auth`, admin at `/_sim`). */
  readonly url: string;
  readonly port: number;
  /** Public client id of the seeded API application. */
  readonly clientId: string;
  /** Tenant name (`?tenant=`). */
  readonly tenant: string;
  /** Seeded agent logins. */
  readonly agents: AgentLogin[];
  /** Options in effect. */
  readonly options: ResolvedOptions;
  /** Test/benchmark controls. */
  readonly control: SimulatorControl;
  /** The live in-memory data (read it for assertions; replaced by `control.reset()`). */
  readonly data: HaloData;
  /** Closes the server and every open connection. */
  stop(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Starts a HaloPSA simulator on 127.0.0.1 (port 0 = ephemeral). Usage:
 * ```ts
 * const sim = await startSimulator({ seed: 7, accessTokenTtlSeconds: 5 });
 * // sim.url, sim.clientId, sim.agents, sim.control.injectFault({ route: '/api/tickets', status: 500 })
 * await sim.stop();
 * ```
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const resolved = resolveOptions(options);
  const store = new HaloStore(resolved.seed, resolved.persistPath);
  const oauthModel = new InMemoryOAuthModel({
    clients: [
      {
        id: resolved.clientId,
        redirectUris: resolved.redirectUris,
        grants: ['authorization_code', 'refresh_token'],
      },
    ],
    refreshTokenRequiresOfflineAccess: resolved.refreshTokenRequiresOfflineAccess,
    isActiveAgent: (id) => store.data.agents.some((a) => a.id === id && !a.isdisabled),
  });
  const oauthServer = new OAuth2Server({
    model: oauthModel,
    accessTokenLifetime: resolved.accessTokenTtlSeconds,
    refreshTokenLifetime: resolved.refreshTokenTtlSeconds,
    authorizationCodeLifetime: 300,
    allowEmptyState: false,
    alwaysIssueNewRefreshToken: true,
    requireClientAuthentication: { authorization_code: false, refresh_token: false },
  });
  const ctx: SimulatorContext = {
    options: resolved,
    store,
    oauthModel,
    oauthServer,
    log: new RequestLog(),
    faults: new FaultRules(),
    rateLimiter: new RollingRateLimiter(resolved.rateLimit),
    jitter: new Prng(resolved.seed ^ 0x5eed),
    latency: { ...resolved.latency },
    baseUrl: '',
  };
  const control = createControl(ctx);
  const http = createServer(createApp(ctx, control));
  await listen(http, resolved.port, resolved.host);
  const port = (http.address() as AddressInfo).port;
  ctx.baseUrl = `http://${resolved.host}:${port}`;

  return {
    url: ctx.baseUrl,
    port,
    clientId: resolved.clientId,
    tenant: resolved.tenant,
    agents: store.data.agents
      .filter((a) => a.login !== null)
      .map((a) => ({
        id: a.id,
        login: a.login ?? '',
        password: a.password ?? AGENT_PASSWORD,
        name: a.name,
        email: a.email,
        disabled: a.isdisabled,
      })),
    options: resolved,
    control,
    get data() {
      return store.data;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        http.close((error) => (error ? reject(error) : resolve()));
        http.closeAllConnections();
      }),
  };
}
